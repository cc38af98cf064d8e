import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../lib.ts';

/**
 * The production build the browser benchmarks run against: `vite build` into a temporary
 * directory (never `dist/`, which the e2e tests build into and may be serving at the same time),
 * served by `vite preview` on a free port. Both are started and stopped by the suite.
 */

const VITE = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

export interface Preview {
  url: string;
  stop: () => void;
}

/** A TCP port that was free a moment ago (preview is started with --strictPort, so a race fails loudly). */
export async function freePort(preferred = 4188): Promise<number> {
  const tryPort = (port: number): Promise<number | null> =>
    new Promise((resolve) => {
      const srv = createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const addr = srv.address();
        const got = typeof addr === 'object' && addr ? addr.port : null;
        srv.close(() => resolve(got));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0)) ?? preferred;
}

/** Builds the app (production mode, minified) into a new temporary directory; returns it. */
export function buildApp(log: (m: string) => void): { dir: string; ms: number; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kaskade-bench-dist-'));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [VITE, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`vite build failed (${r.status ?? r.signal}):\n${(r.stderr || r.stdout).slice(-2000)}`);
  }
  const warnings = `${r.stdout}${r.stderr}`.trim();
  if (warnings) log(warnings.split('\n').map((l) => `  [vite] ${l}`).join('\n'));
  return { dir, ms, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function waitForHttp(url: string, ms: number, child: ChildProcess): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms / 1000} s`);
}

/** `vite preview` of `dir` on a free port, in its own process group (stopped with it). */
export async function startPreview(dir: string): Promise<Preview> {
  const port = await freePort();
  const child = spawn(process.execPath, [VITE, 'preview', '--outDir', dir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: REPO_ROOT, stdio: 'ignore', detached: true });
  const stop = (): void => {
    if (child.exitCode !== null || !child.pid) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  };
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(url, 60_000, child);
  } catch (e) {
    stop();
    throw e;
  }
  return { url, stop };
}
