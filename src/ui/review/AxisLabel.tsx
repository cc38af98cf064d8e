/** Splits a label into at most `lines` lines of about `width` characters at spaces, the last one shortened with "…". */
export function wrapLabel(text: string, width: number, lines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (cur && `${cur} ${w}`.length > width) {
      if (out.length === lines - 1) {
        cur = `${cur} ${words.slice(i).join(' ')}`;
        break;
      }
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  const last = out[lines - 1];
  if (last !== undefined && last.length > width) out[lines - 1] = `${last.slice(0, width - 1).trimEnd()}…`;
  return out.slice(0, lines).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
}

/** A category-axis tick on up to two lines (program and kegiatan names are long), readable on a projector. */
export function AxisLabel({ x, y, payload, chars = 36 }: { x?: number; y?: number; payload?: { value?: unknown }; chars?: number }) {
  const text = String(payload?.value ?? '');
  const lines = wrapLabel(text, chars, 2);
  return (
    <g transform={`translate(${x ?? 0},${y ?? 0})`}>
      <title>{text}</title>
      <text x={-8} y={0} textAnchor="end" fontSize={15} fill="#0f172a">
        {lines.map((l, i) => (
          <tspan key={i} x={-8} dy={i === 0 ? (lines.length > 1 ? -3 : 5) : 18}>
            {l}
          </tspan>
        ))}
      </text>
    </g>
  );
}
