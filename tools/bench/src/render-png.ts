import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's Chromium, as the dashboard test uses it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Renders an SVG to a PNG of the given size with headless Chromium's own --screenshot. */
export async function svgToPng(svg: string, width: number, height: number, out: string): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const dir = mkdtempSync(join(tmpdir(), 'i94-chart-'));
  try {
    const page = join(dir, 'chart.html');
    writeFileSync(page, `<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    const args = [
      '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      `--user-data-dir=${join(dir, 'profile')}`, `--window-size=${width},${height}`, `--screenshot=${out}`, `file://${page}`,
    ];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 && existsSync(out) ? resolve() : reject(new Error(`chromium exited ${code}: ${stderr.slice(-500)}`))));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
