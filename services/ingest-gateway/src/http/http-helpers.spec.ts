import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { BodyDecodingError, decodedBody } from './decode-body';
import { limitBody, BodyTooLargeError } from './limit-body';
import { checkDeclaredLength, parseCharset, parseContentEncoding, parseFeedDate, parseFeedFormat, parseLineOffset, parseSourceFile } from './request-parsing';

describe('request parsing', () => {
  it.each(['2016-04-30', '2024-02-29'])('accepts the feed date %s', (d) => expect(parseFeedDate(d)).toBe(d));
  it.each(['2016-4-30', '30-04-2016', '2016-02-30', '2023-02-29', '', '2016-04-30T00:00'])('refuses the feed date "%s" with 400', (d) => {
    expect(() => parseFeedDate(d)).toThrow(expect.objectContaining({ status: 400 }));
  });
  it.each([['text/csv; charset=utf-8', 'csv'], ['application/x-ndjson', 'ndjson'], ['APPLICATION/NDJSON', 'ndjson']])('reads %s as %s', (t, f) => {
    expect(parseFeedFormat(t)).toBe(f);
  });
  it.each([['application/vnd.apache.parquet', 'parquet'], ['application/x-sas-data', 'sas7bdat'], ['application/x-sas7bdat', 'sas7bdat']])('reads %s as %s', (t, f) => {
    expect(parseFeedFormat(t)).toBe(f);
  });
  it.each([
    ['text/csv', 'utf-8'],
    ['text/csv; charset=ISO-8859-1', 'iso-8859-1'],
    ['text/csv;charset="latin1"', 'iso-8859-1'],
    ['text/csv; charset=windows-1252', 'windows-1252'],
    ['application/x-ndjson; charset=utf-8', 'utf-8'],
  ])('reads the charset of %s as %s', (t, c) => expect(parseCharset(t)).toBe(c));
  it.each(['text/csv; charset=utf-16', 'text/csv; charset=ebcdic'])('refuses %s with 415', (t) => {
    expect(() => parseCharset(t)).toThrow(expect.objectContaining({ status: 415 }));
  });
  it.each([[undefined, 'identity'], ['GZIP', 'gzip'], ['br', 'br']])('reads Content-Encoding %s as %s', (h, c) => expect(parseContentEncoding(h)).toBe(c));
  it.each(['zstd', 'compress', 'gzip, br'])('refuses Content-Encoding %s with 415', (h) => {
    expect(() => parseContentEncoding(h)).toThrow(expect.objectContaining({ status: 415 }));
  });
  it.each([undefined, 'text/plain', 'application/json'])('refuses content type %s with 415', (t) => {
    expect(() => parseFeedFormat(t)).toThrow(expect.objectContaining({ status: 415 }));
  });
  it('refuses a declared length over the limit with 413', () => {
    expect(() => checkDeclaredLength('2000', 1000)).toThrow(expect.objectContaining({ status: 413 }));
    expect(() => checkDeclaredLength('1000', 1000)).not.toThrow();
  });
  it.each(['', '../x.csv', 'a/b.csv', '..', 'x\u0000.csv', 'C:\\feeds\\x.csv'])('refuses the source file %j', (f) => {
    expect(() => parseSourceFile(f)).toThrow(expect.objectContaining({ status: 400 }));
  });
  it('keeps a plain source file name and a whole line offset', () => {
    expect(parseSourceFile('i94_apr16_sub.sas7bdat')).toBe('i94_apr16_sub.sas7bdat');
    expect(parseLineOffset('20000')).toBe(20000);
    expect(() => parseLineOffset('1e3')).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('limitBody', () => {
  const source = async function* () {
    yield Buffer.alloc(600);
    yield Buffer.alloc(600);
  };
  it('passes bodies within the limit', async () => {
    let total = 0;
    for await (const chunk of limitBody(source(), 2000)) total += chunk.length;
    expect(total).toBe(1200);
  });
  it('stops a body that grows over the limit', async () => {
    const drain = async () => {
      for await (const _ of limitBody(source(), 1000));
    };
    await expect(drain()).rejects.toBeInstanceOf(BodyTooLargeError);
  });
  it('leaves a request stream open when it stops, so the error answer can still be sent', async () => {
    const request = Readable.from([Buffer.alloc(600), Buffer.alloc(600), Buffer.alloc(600)], { objectMode: false });
    const drain = async () => {
      for await (const _ of limitBody(request, 1000));
    };
    await expect(drain()).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(request.destroyed).toBe(false);
  });
});

describe('decodedBody', () => {
  const text = 'a,b\n'.repeat(1000);
  const drain = async (body: AsyncIterable<Buffer>) => {
    const parts: Buffer[] = [];
    for await (const chunk of body) parts.push(chunk);
    return Buffer.concat(parts).toString('utf8');
  };
  const sent = (bytes: Buffer) => Readable.from([bytes.subarray(0, 10), bytes.subarray(10)], { objectMode: false });

  it.each([['gzip', gzipSync], ['deflate', deflateSync], ['br', brotliCompressSync]] as const)('inflates %s in a stream', async (coding, compress) => {
    expect(await drain(decodedBody(sent(compress(Buffer.from(text))), coding, 1_000_000))).toBe(text);
  });

  it('stops a bomb at the decompressed limit with 413, though its compressed bytes are few', async () => {
    const bomb = gzipSync(Buffer.alloc(50_000_000));
    expect(bomb.length).toBeLessThan(100_000);
    await expect(drain(decodedBody(sent(bomb), 'gzip', 1_000_000))).rejects.toThrow(new BodyTooLargeError(1_000_000, 'decompressed body'));
  });

  it('holds the limit on the compressed bytes too', async () => {
    const noise = gzipSync(randomBytes(200_000));
    await expect(drain(decodedBody(sent(noise), 'gzip', 100_000))).rejects.toThrow(new BodyTooLargeError(100_000));
  });

  it('refuses a body that is not what its Content-Encoding says, and a truncated one', async () => {
    await expect(drain(decodedBody(sent(Buffer.from(text)), 'gzip', 1_000_000))).rejects.toBeInstanceOf(BodyDecodingError);
    const gz = gzipSync(Buffer.from(text));
    await expect(drain(decodedBody(sent(gz.subarray(0, gz.length - 20)), 'gzip', 1_000_000))).rejects.toBeInstanceOf(BodyDecodingError);
  });
});
