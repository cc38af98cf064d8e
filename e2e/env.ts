export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PORT = Number(process.env.E2E_PORT ?? 4178);
export const BASE_URL = `http://127.0.0.1:${PORT}/`;
/** The flags DEVELOPERS.md prescribes: no sandbox (root), no GPU, no network chatter. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
