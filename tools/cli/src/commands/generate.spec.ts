import { readFileSync } from 'node:fs';
import { I94_FIELDS } from '@i94/domain';
import { recordingIo } from '../../test/cli-io';
import { readRecords } from '../../test/sample';
import { useTempDir } from '../../test/temp-dir';
import { readParquetRows } from '@i94/feed-readers';
import { buildProgram } from '../program';

const tmp = useTempDir('i94-generate-');

async function generate(...args: string[]) {
  const io = recordingIo();
  await buildProgram(io, { exitOverride: true }).parseAsync(['generate', ...args], { from: 'user' });
  return io;
}

describe('i94 generate', () => {
  it('writes N valid records for the month in the Udacity CSV layout and prints a summary', async () => {
    const out = tmp.path('may.csv');
    const io = await generate('--records', '500', '--month', '2016-05', '--out', out, '--seed', '3');
    const { ok, refused } = await readRecords(out);
    expect(ok).toHaveLength(500);
    expect(refused).toBe(0);
    expect(ok.every((r) => r.i94yr === 2016 && r.i94mon === 5)).toBe(true);
    expect(new Set(ok.map((r) => r.cicid)).size).toBe(500);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(`,${I94_FIELDS.join(',')}`);
    expect(io.stdout).toMatch(/^generated 500 records for 2016-05 \(seed 3\) to .*may\.csv as csv: [\d.]+ MiB in [\d.]+ s/);
    expect(io.stdout.split('\n')).toHaveLength(2);
  });

  it('is deterministic per seed', async () => {
    await generate('--records', '50', '--month', '2016-04', '--out', tmp.path('a.csv'), '--seed', '9');
    await generate('--records', '50', '--month', '2016-04', '--out', tmp.path('b.csv'), '--seed', '9');
    expect(readFileSync(tmp.path('a.csv'), 'utf8')).toBe(readFileSync(tmp.path('b.csv'), 'utf8'));
  });

  it('writes NDJSON the domain reader accepts', async () => {
    const out = tmp.path('april.ndjson');
    await generate('--records', '200', '--month', '2016-04', '--out', out, '--format', 'ndjson', '--messy-share', '0.2');
    const { ok, refused } = await readRecords(out, 'ndjson');
    expect([ok.length, refused]).toEqual([200, 0]);
  });

  it('writes invalid records when asked, for testing rejections', async () => {
    const out = tmp.path('dirty.csv');
    await generate('--records', '300', '--month', '2016-04', '--out', out, '--invalid-share', '0.1');
    const { ok, refused } = await readRecords(out);
    expect(ok.length + refused).toBe(300);
    expect(refused).toBeGreaterThan(10);
  });

  it('writes Parquet with the requested row groups', async () => {
    const out = tmp.path('april.parquet');
    await generate('--records', '120', '--month', '2016-04', '--out', out, '--format', 'parquet', '--row-group-size', '50');
    let rows = 0;
    for await (const row of readParquetRows(out)) rows += row.i94mon === 4 ? 1 : 0;
    expect(rows).toBe(120);
  });

  it.each([
    [['--records', '-1', '--month', '2016-04', '--out', 'x.csv'], /--records.*expected an integer >= 0/],
    [['--records', '10', '--month', '2016-13', '--out', 'x.csv'], /--month.*YYYY-MM/],
    [['--records', '10', '--month', '2016-04', '--out', 'x.csv', '--format', 'xml'], /Allowed choices are csv, ndjson, parquet/],
    [['--records', '10', '--month', '2016-04', '--out', 'x.csv', '--messy-share', '2'], /within 0\.\.1/],
    [['--month', '2016-04', '--out', 'x.csv'], /required option '--records <n>'/],
  ])('refuses bad flags %p', async (args, message) => {
    await expect(generate(...args)).rejects.toThrow(message);
  });

  it('fails clearly when the output directory does not exist', async () => {
    await expect(generate('--records', '10', '--month', '2016-04', '--out', tmp.path('missing/dir/x.csv'))).rejects.toThrow(/ENOENT/);
  });
});
