import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeEnvelope } from '../io/envelope';
import { writeFlatFile } from '../io/flatTable';
import { buildLkj2023 } from '../samples/lkj2023';
import { buildSumenep } from '../samples/sumenep';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'kaskade-cli-'));
const file = (name: string) => join(dir, name);

/** Runs the checker as `npm run check` does; resolves with exit code and output. */
async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run('npx', ['tsx', 'src/cli/check.ts', ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

interface ReportJson {
  year: number;
  tw: number;
  nodes: { kode: string; level: number; pagu: string | null; realisasiAnggaran: string | null; capaianAnggaran: string | null; capaian: string | null; capaianTurunan: string | null; predikat: string | null; indicators: { indikator: string; target: string | null; realisasi: string | null; capaian: string | null }[] }[];
  findings: { rule: string; severity: string; kode: string; message: string }[];
}

beforeAll(async () => {
  const sumenep = buildSumenep();
  writeFileSync(file('sumenep.csv'), await writeFlatFile(sumenep, { year: 2024, format: 'csv' }));
  writeFileSync(file('sumenep.xlsx'), await writeFlatFile(sumenep, { year: 2024, format: 'xlsx' }));
  writeFileSync(file('sumenep.json'), serializeEnvelope(sumenep));
  writeFileSync(file('lkj.json'), serializeEnvelope(buildLkj2023()));
  writeFileSync(file('broken.csv'), 'kode;induk;level;target_2024\nA;;1;abc\n');
  writeFileSync(file('clean.csv'), 'kode,induk,level,sasaran,indikator,satuan,target_2024,realisasi_tw1,pagu\nA,,3,Meningkatnya layanan,Jumlah layanan,Dokumen,10,4,\nA.1,A,4,Terlaksananya layanan,Jumlah dokumen,Dokumen,10,5,"1.000.000"\n');
}, 60_000);

describe('npm run check', () => {
  it.each(['sumenep.csv', 'sumenep.xlsx', 'sumenep.json'])('reports the Sumenep totals from %s as the JSON contract', async (name) => {
    const r = await check(file(name), '--json', '--year', '2024', '--tw', '1');
    const report = JSON.parse(r.stdout) as ReportJson;
    expect(report.year).toBe(2024);
    expect(report.tw).toBe(1);
    const byKode = new Map(report.nodes.map((n) => [n.kode, n]));
    expect(byKode.get('5.03.02')?.pagu).toBe('1905955200');
    expect(byKode.get('smp-0')?.pagu).toBe('12233732131');
    expect(byKode.get('smp-0')?.realisasiAnggaran).toBe('1443040145');
    const ip = byKode.get('smp-1-1')?.indicators.find((i) => i.indikator.startsWith('Indeks Profesionalitas'));
    expect(ip).toMatchObject({ target: '84', realisasi: '59', capaian: '70.24' });
    for (const f of report.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'severity', 'kode', 'message']));
    // The seed's programs have no sasaran statements: errors, so exit status 1.
    expect(r.code).toBe(1);
  });

  it('exits 0 on a file without errors and prints a readable report', async () => {
    const r = await check(file('clean.csv'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Findings: 0 errors');
    const json = JSON.parse((await check(file('clean.csv'), '--json')).stdout) as ReportJson;
    expect(json.nodes.find((n) => n.kode === 'A')).toMatchObject({ pagu: '1000000', capaianTurunan: '50' });
  });

  it('exits 1 and names the seed’s errors in LKj 2023', async () => {
    const r = await check(file('lkj.json'), '--json');
    expect(r.code).toBe(1);
    const rules = (JSON.parse(r.stdout) as ReportJson).findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['composite-mismatch', 'realisasi-above-pagu']));
  });

  it('exits 2 with the reason when the file cannot be read', async () => {
    const bad = await check(file('broken.csv'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('target_2024');
    expect(bad.stderr).toContain('Baris 2');
    const missing = await check(file('nope.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
    const usage = await check();
    expect(usage.code).toBe(2);
  });
});
