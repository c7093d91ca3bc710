import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes the sample CSV (April 2016) again as another monthly file would hold it: the same cicids
 * (each monthly I94 file numbers its records from its own start, so months share cicids), i94yr
 * and i94mon of `month`, and arrdate and depdate moved by `days` so every arrival falls in it.
 * The sample has no quoted cells (checked), so cells split on commas.
 */
export function moveSampleToMonth(source: string, target: string, month: { i94yr: number; i94mon: number; days: number }): void {
  const [header, ...rows] = readFileSync(source, 'utf8').trimEnd().split('\n');
  if (readFileSync(source, 'utf8').includes('"')) throw new Error(`${source} has quoted cells; moveSampleToMonth splits on commas`);
  const names = header.split(',');
  const at = (name: string) => names.indexOf(name);
  const shift = (cell: string) => (cell === '' ? cell : String(Number(cell) + month.days));
  const moved = rows.map((row) => {
    const cells = row.split(',');
    cells[at('i94yr')] = String(month.i94yr);
    cells[at('i94mon')] = String(month.i94mon);
    cells[at('arrdate')] = shift(cells[at('arrdate')]);
    cells[at('depdate')] = shift(cells[at('depdate')]);
    return cells.join(',');
  });
  writeFileSync(target, `${[header, ...moved].join('\n')}\n`);
}
