import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Names the dashboard may serve: its own flat .html, .css and .js files, nothing else. */
const SERVABLE = /^[a-z][a-z0-9-]*\.(html|css|js)$/;

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

/**
 * The folder holding the dashboard's index.html. From src (jest, ts-node) it is this folder;
 * from dist (SWC build) it is still `src/dashboard`, because SWC copies no .html or .css and
 * rewrites .js as CommonJS, so the browser files are only ever served from the sources.
 */
export function findDashboardDirectory(here: string = __dirname): string {
  const candidates = [here, resolve(here, '../../src/dashboard')];
  const found = candidates.find((dir) => existsSync(resolve(dir, 'index.html')));
  if (!found) throw new Error(`dashboard files not found: no index.html in ${candidates.join(' or ')}`);
  return found;
}

/** The content type of a servable dashboard file name, or null for any other name. */
export function dashboardContentType(name: string): string | null {
  const match = SERVABLE.exec(name);
  return match ? CONTENT_TYPES[match[1]] : null;
}
