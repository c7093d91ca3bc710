import { type Batch, sourceFileHeader } from './batch';

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
