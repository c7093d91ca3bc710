import { Readable } from 'node:stream';
import { limitBody, BodyTooLargeError } from './limit-body';
import { checkDeclaredLength, parseFeedDate, parseFeedFormat, parseLineOffset, parseSourceFile } from './request-parsing';

describe('request parsing', () => {
  it.each(['2016-04-30', '2024-02-29'])('accepts the feed date %s', (d) => expect(parseFeedDate(d)).toBe(d));
  it.each(['2016-4-30', '30-04-2016', '2016-02-30', '2023-02-29', '', '2016-04-30T00:00'])('refuses the feed date "%s" with 400', (d) => {
    expect(() => parseFeedDate(d)).toThrow(expect.objectContaining({ status: 400 }));
  });
  it.each([['text/csv; charset=utf-8', 'csv'], ['application/x-ndjson', 'ndjson'], ['APPLICATION/NDJSON', 'ndjson']])('reads %s as %s', (t, f) => {
    expect(parseFeedFormat(t)).toBe(f);
  });
  it.each([undefined, 'text/plain', 'application/json'])('refuses content type %s with 415', (t) => {
    expect(() => parseFeedFormat(t)).toThrow(expect.objectContaining({ status: 415 }));
  });
  it('refuses a declared length over the limit with 413', () => {
    expect(() => checkDeclaredLength('2000', 1000)).toThrow(expect.objectContaining({ status: 413 }));
    expect(() => checkDeclaredLength('1000', 1000)).not.toThrow();
  });
  it.each(['../x.csv', 'a/b.csv', '..', 'x\u0000.csv', 'C:\\feeds\\x.csv'])('refuses the source file %j', (f) => {
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
