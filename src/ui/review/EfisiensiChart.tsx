import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { YAxisTickContentProps } from 'recharts';
import type { AchItem } from './achievementModel';
import { AxisLabel } from './AxisLabel';
import { AXIS_W, TICK, fmt0, fmt2, useToneColors } from './chartStyle';

/** Efisiensi (capaian kinerja − capaian anggaran) per bar: green above zero, red below. */
export function EfisiensiChart({ bars, onPick }: { bars: AchItem[]; onPick: (id: string) => void }) {
  const tones = useToneColors();
  const data = bars.filter((b) => b.efisiensi !== null);
  if (data.length === 0) return null;
  // A symmetric axis in round steps: zero in the middle, easy to read at a distance.
  const m = Math.max(10, ...data.map((b) => Math.abs(b.efisiensi ?? 0)));
  const step = m > 100 ? 50 : m > 40 ? 20 : 10;
  const lim = Math.ceil(m / step) * step;
  const ticks = Array.from({ length: (2 * lim) / step + 1 }, (_, i) => -lim + i * step);
  return (
    <ResponsiveContainer width="100%" height={data.length * 40 + 50}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 72, bottom: 8, left: 8 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" domain={[-lim, lim]} ticks={ticks} tickFormatter={fmt0} tick={TICK} />
        <YAxis type="category" dataKey="label" width={AXIS_W} tick={(p: YAxisTickContentProps) => <AxisLabel x={Number(p.x)} y={Number(p.y)} payload={p.payload} />} interval={0} />
        <ReferenceLine x={0} stroke="#0f172a" />
        <Bar dataKey="efisiensi" isAnimationActive={false} onClick={(d: { payload?: AchItem }) => d.payload && onPick(d.payload.id)} cursor="pointer">
          {data.map((b) => (
            <Cell key={b.id} fill={(b.efisiensi ?? 0) >= 0 ? tones[0] : tones[4]} />
          ))}
          <LabelList dataKey="efisiensi" position="right" formatter={fmt2} style={{ fontSize: 15 }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

