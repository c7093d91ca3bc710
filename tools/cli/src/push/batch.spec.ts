import { type Batch, lineOffset, sourceFileHeader, sourceLineOf } from './batch';

const batchOf = (file: string): Batch => ({ file, feedDate: '2016-04-30', contentType: 'text/csv', header: null, body: Buffer.alloc(0), count: 0, sourceLines: [] });

// The gateway refuses an x-source-file outside [\w.\- ]{1,200} or made of dots only (it ends up in
// object keys and headers): every file name must map to a name it accepts, or no batch goes through.
const GATEWAY_ACCEPTS = (name: string) => /^[\w.\- ]{1,200}$/.test(name) && !/^\.+$/.test(name);

describe('sourceFileHeader', () => {
  it.each(['april feed.csv', 'i94_apr16_sub.sas7bdat'])('keeps the plain name %s', (name) => {
    expect(sourceFileHeader(batchOf(`/data/${name}`))).toBe(name);
  });

  it.each(['données.csv', "feed's (copy 1).csv", '$(touch x);<b>.csv', 'a\r\nX-Injected: 1.csv', 'nul\u0000.csv', '..', '…', `${'x'.repeat(300)}.csv`, '月报.ndjson'])(
    'turns %j into a name the gateway accepts',
    (name) => {
      const header = sourceFileHeader(batchOf(`/tmp/${name}`));
      expect({ header, accepted: GATEWAY_ACCEPTS(header) }).toEqual({ header, accepted: true });
    },
  );
});

describe('line numbers of records spanning lines (CSV quoted line breaks)', () => {
  const batch = (sourceLines: number[], bodyLines: number[]): Batch => ({ ...batchOf('a.csv'), header: 'cicid,occup', count: sourceLines.length, sourceLines, bodyLines });

  it('sends an offset when the records are consecutive in the file, however many lines each spans', () => {
    expect(lineOffset(batch([2, 4, 5], [2, 4, 5]))).toBe(0);
    expect(lineOffset(batch([10, 12, 13], [2, 4, 5]))).toBe(8);
  });

  it('maps a reported line to its record when they are not (days interleaved)', () => {
    const b = batch([2, 7], [2, 4]);
    expect(lineOffset(b)).toBeNull();
    expect([sourceLineOf(b, 2, false), sourceLineOf(b, 4, false)]).toEqual([2, 7]);
  });
});
