import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchResults } from './bench-results';
import { chartPanels, chartSvg } from './chart-svg';
import { renderResults, replaceResults } from './report-markdown';
import { svgToPng } from './render-png';

/** Writes `<dir>/benchmarks.png` and the generated section of `<dir>/benchmarks.md`. */
export async function writeReport(results: BenchResults, dir: string): Promise<{ markdown: string; png: string }> {
  const png = join(dir, 'benchmarks.png');
  const caption = `i94 bench, ${results.finishedAt.slice(0, 16).replace('T', ' ')} UTC, ${results.machine.nproc} × ${results.machine.cpu}: median of ${results.runs} run(s), whiskers min–max; dashed line: the target`;
  const { svg, width, height } = chartSvg(chartPanels(results), caption);
  await svgToPng(svg, width, height, png);
  const markdown = join(dir, 'benchmarks.md');
  const current = existsSync(markdown) ? readFileSync(markdown, 'utf8') : '# Benchmarks\n';
  writeFileSync(markdown, replaceResults(current, renderResults(results)));
  return { markdown, png };
}
