import type { Lang } from '../../store/viewSlice';

// One formatter per language, created once (Intl constructors are slow).
const dateFmt: Record<Lang, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
};
const oneDecimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const oneDecimalEn = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** An ISO time as "1 Mei 2024 08.00" / "1 May 2024, 08:00". */
export function fmtDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : dateFmt[lang].format(d).replace(/\u00a0/g, ' ');
}

/** Bytes as "1,2 MB" (id) or "1.2 MB" (en). */
export function fmtBytes(n: number | null, lang: Lang): string {
  if (n === null) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${(lang === 'id' ? oneDecimal : oneDecimalEn).format(v)} ${units[u]}`;
}
