import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { YAxisTickContentProps } from 'recharts';
import { useT } from '../hooks/useT';
import type { AchItem } from './achievementModel';
import { AxisLabel } from './AxisLabel';
import { ANGGARAN_COLOR, AXIS_W, NONE_COLOR, TICK, fmt0, fmt2, useToneColors } from './chartStyle';

const ROW = 58;

/** Capaian kinerja (coloured by predikat) and capaian anggaran side by side, one row per program or kegiatan. */
export function CapaianChart({ bars, onPick }: { bars: AchItem[]; onPick: (id: string) => void }) {
  const t = useT();
  const tones = useToneColors();
  const max = Math.max(100, ...bars.map((b) => Math.max(b.capaian ?? 0, b.anggaran ?? 0)));
  return (
    <ResponsiveContainer width="100%" height={bars.length * ROW + 80}>
      <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 72, bottom: 8, left: 8 }} barCategoryGap={10}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, Math.ceil(max / 10) * 10]} tickFormatter={fmt0} tick={TICK} unit="%" />
        <YAxis type="category" dataKey="label" width={AXIS_W} tick={(p: YAxisTickContentProps) => <AxisLabel x={Number(p.x)} y={Number(p.y)} payload={p.payload} />} interval={0} />
        <ReferenceLine x={100} stroke="#475569" strokeDasharray="4 4" />
        <Bar dataKey="capaian" name={t('achCapaian')} fill={tones[0]} minPointSize={3} isAnimationActive={false} onClick={(d: { payload?: AchItem }) => d.payload && onPick(d.payload.id)} cursor="pointer">
          {bars.map((b) => (
            <Cell key={b.id} fill={b.tone === null ? NONE_COLOR : (tones[b.tone] ?? NONE_COLOR)} />
          ))}
          <LabelList dataKey="capaian" position="right" formatter={fmt2} style={{ fontSize: 15, fontWeight: 600 }} />
        </Bar>
        <Bar dataKey="anggaran" name={t('achAnggaran')} fill={ANGGARAN_COLOR} minPointSize={3} isAnimationActive={false} onClick={(d: { payload?: AchItem }) => d.payload && onPick(d.payload.id)} cursor="pointer">
          <LabelList dataKey="anggaran" position="right" formatter={fmt2} style={{ fontSize: 14 }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

