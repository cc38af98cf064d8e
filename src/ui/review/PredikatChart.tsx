import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { PredikatCount } from './achievementModel';
import { NONE_COLOR, TICK, fmt0, useToneColors } from './chartStyle';

/** How many programs or kegiatan fall in each predikat band (one row per band, labels readable at a distance). */
export function PredikatChart({ counts }: { counts: PredikatCount[] }) {
  const tones = useToneColors();
  return (
    <ResponsiveContainer width="100%" height={counts.length * 48 + 40}>
      <BarChart data={counts} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 4 }} barCategoryGap={8}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tick={TICK} tickFormatter={fmt0} />
        <YAxis type="category" dataKey="label" tick={{ ...TICK, fontSize: 16 }} width={150} interval={0} />
        <Bar dataKey="count" isAnimationActive={false} minPointSize={2}>
          {counts.map((c) => (
            <Cell key={c.label} fill={c.tone === null ? NONE_COLOR : (tones[c.tone] ?? NONE_COLOR)} />
          ))}
          <LabelList dataKey="count" position="right" formatter={fmt0} style={{ fontSize: 18, fontWeight: 700 }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
