import type { RuleId, RuleMeta } from './types';

/**
 * The checker's rules: stable id → severity, bilingual title and category. Severity choices:
 * - errors break the cascade or its numbers (orphans, cycles, level jumps, a node of levels 0–4
 *   without sasaran or indicator, duplicate codes, budgets that do not add up, spending above
 *   the pagu, a composite value that contradicts its formula, a formula that cannot be computed);
 * - warnings are probably wrong and need a look (missing satuan or yearly targets, codes that do
 *   not nest, duplicate sibling names, quarter targets that do not add up, targets moving against
 *   the polarity, outcome levels worded as outputs, a budget split only over some children,
 *   diverging roll-ups, spending with nothing measured);
 * - info is worth knowing (a branch that stops above the lowest level, a target far exceeded).
 */
export const RULES: Record<RuleId, RuleMeta> = {
  'level-step': { severity: 'error', category: 'struktur', title: { id: 'Level tidak turun satu tingkat', en: 'Level does not step by one' } },
  orphan: { severity: 'error', category: 'struktur', title: { id: 'Induk tidak ada', en: 'Parent does not exist' } },
  cycle: { severity: 'error', category: 'struktur', title: { id: 'Hubungan melingkar', en: 'Cycle in parent links' } },
  'missing-sasaran': { severity: 'error', category: 'struktur', title: { id: 'Sasaran kosong', en: 'Missing sasaran' } },
  'missing-indicator': { severity: 'error', category: 'struktur', title: { id: 'Tanpa indikator', en: 'No indicator' } },
  'indicator-missing-satuan': { severity: 'warning', category: 'struktur', title: { id: 'Indikator tanpa satuan', en: 'Indicator without satuan (unit)' } },
  'indicator-missing-target-year': {
    severity: 'warning',
    category: 'struktur',
    title: { id: 'Target tahunan belum lengkap', en: 'Yearly targets incomplete' },
  },
  'code-not-nested': { severity: 'warning', category: 'struktur', title: { id: 'Kode tidak berjenjang', en: 'Code does not nest' } },
  'duplicate-code': { severity: 'error', category: 'struktur', title: { id: 'Kode ganda', en: 'Duplicate code' } },
  'duplicate-sibling-name': { severity: 'warning', category: 'struktur', title: { id: 'Nama kembar sesama saudara', en: 'Duplicate sibling name' } },
  'branch-stops-early': { severity: 'info', category: 'struktur', title: { id: 'Cabang berhenti sebelum level terendah', en: 'Branch stops above the lowest level' } },
  'quarter-target-mismatch': {
    severity: 'warning',
    category: 'target',
    title: { id: 'Target triwulan tidak sesuai target tahunan', en: 'Quarter targets disagree with the annual target' },
  },
  'yearly-target-direction': {
    severity: 'warning',
    category: 'target',
    title: { id: 'Target tahunan berlawanan arah polaritas', en: 'Yearly targets move against the polarity' },
  },
  'outcome-worded-as-output': {
    severity: 'warning',
    category: 'target',
    title: { id: 'Indikator outcome berbunyi output', en: 'Outcome indicator worded as an output' },
  },
  'pagu-children-mismatch': { severity: 'error', category: 'anggaran', title: { id: 'Pagu ≠ jumlah pagu anak', en: 'Pagu ≠ sum of the children' } },
  'realisasi-children-mismatch': {
    severity: 'error',
    category: 'anggaran',
    title: { id: 'Realisasi anggaran ≠ jumlah anak', en: 'Spending ≠ sum of the children' },
  },
  'realisasi-above-pagu': { severity: 'error', category: 'anggaran', title: { id: 'Realisasi anggaran melebihi pagu', en: 'Spending above the pagu' } },
  'budget-on-node-and-children': {
    severity: 'warning',
    category: 'anggaran',
    title: { id: 'Pagu di simpul dan hanya sebagian anaknya', en: 'Budget on a node and on only some of its children' },
  },
  'composite-mismatch': {
    severity: 'error',
    category: 'capaian',
    title: { id: 'Nilai komposit berbeda dari rumusnya', en: 'Composite value differs from its formula' },
  },
  'formula-error': { severity: 'error', category: 'capaian', title: { id: 'Rumus tidak dapat dihitung', en: 'Formula cannot be computed' } },
  'rollup-divergence': {
    severity: 'warning',
    category: 'capaian',
    title: { id: 'Capaian sendiri jauh dari capaian turunan', en: 'Own capaian far from the roll-up' },
  },
  'spending-without-realisation': {
    severity: 'warning',
    category: 'capaian',
    title: { id: 'Anggaran terserap tanpa realisasi kinerja', en: 'Spending without realisation' },
  },
  'target-too-easy': { severity: 'info', category: 'capaian', title: { id: 'Target kurang menantang', en: 'Target not challenging' } },
};

/** Severity rank for sorting: errors first. */
export const SEVERITY_RANK: Record<RuleMeta['severity'], number> = { error: 0, warning: 1, info: 2 };
