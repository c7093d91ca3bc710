import { chunks, collect } from '../../test/sample-data';
import { splitLines } from './line-splitter';

const lines = async (max: number, ...parts: (string | Buffer)[]) =>
  (await collect(splitLines(chunks(...parts), max))).map((l) => [l.line, l.text, l.tooLong]);

describe('splitLines', () => {
  it.each<[string, (string | Buffer)[], [number, string, boolean][]]>([
    ['LF', ['a\nb\n'], [[1, 'a', false], [2, 'b', false]]],
    ['CRLF', ['a\r\nb\r\n'], [[1, 'a', false], [2, 'b', false]]],
    ['no final newline', ['a\nb'], [[1, 'a', false], [2, 'b', false]]],
    ['line split across chunks', ['ab', 'c\nd', 'e\n'], [[1, 'abc', false], [2, 'de', false]]],
    ['CR and LF in different chunks', ['a\r', '\nb'], [[1, 'a', false], [2, 'b', false]]],
    ['BOM on the first line only', ['\uFEFFa\n\uFEFFb\n'], [[1, 'a', false], [2, '\uFEFFb', false]]],
    ['blank lines keep their numbers', ['a\n\nb\n'], [[1, 'a', false], [2, '', false], [3, 'b', false]]],
    ['empty input', [], []],
    ['empty chunks', ['', ''], []],
    ['multi-byte character split across buffers', [Buffer.from([0x61, 0xc3]), Buffer.from([0xa9, 0x0a])], [[1, 'aé', false]]],
    ['too-long line then a good one', ['12345678\nok\n'], [[1, '12345678', true], [2, 'ok', false]]],
    ['too-long line over several chunks', ['1234', '5678', '9\nok'], [[1, '123456789', true], [2, 'ok', false]]],
    ['too-long last line without newline', ['ok\n123456789'], [[1, 'ok', false], [2, '123456789', true]]],
  ])('%s', async (_name, parts, expected) => {
    // Max 5 characters: previews of refused lines are cut at RAW_PREVIEW_LENGTH, not at max.
    expect(await lines(5, ...parts)).toEqual(expected);
  });

  it('keeps only a bounded preview of a huge line', async () => {
    const huge = 'x'.repeat(50_000);
    const [first, second] = await collect(splitLines(chunks(huge, huge, '\nnext\n'), 10));
    expect(first).toMatchObject({ line: 1, tooLong: true });
    expect(first.text.length).toBe(1024);
    expect(second).toEqual({ line: 2, text: 'next', tooLong: false, crlf: false });
  });
});

describe('splitLines in a charset', () => {
  const one = async (bytes: Buffer, charset: Parameters<typeof splitLines>[2]) => (await collect(splitLines(chunks(bytes), 100, charset)))[0];
  const CAFE_LATIN1 = Buffer.from([0x43, 0x41, 0x46, 0xc9]);

  it.each<[string, Buffer, Parameters<typeof splitLines>[2], string]>([
    ['UTF-8 by default', Buffer.from('CAFÉ', 'utf8'), undefined, 'CAFÉ'],
    ['Latin-1', CAFE_LATIN1, 'iso-8859-1', 'CAFÉ'],
    ['windows-1252 smart quotes and the euro sign', Buffer.from([0x93, 0x80, 0x94]), 'windows-1252', '\u201C\u20AC\u201D'],
    ['windows-1252 É', CAFE_LATIN1, 'windows-1252', 'CAFÉ'],
  ])('%s', async (_name, bytes, charset, text) => {
    expect(await one(bytes, charset)).toMatchObject({ text });
  });

  it('reports Latin-1 bytes read as UTF-8 with their position and keeps the original bytes, never U+FFFD', async () => {
    const line = await one(CAFE_LATIN1, 'utf-8');
    expect(line.invalid?.message).toMatch(/^byte 0xC9 at byte 4 of the line is not valid utf-8; declare the charset/);
    expect(line.invalid?.bytes).toEqual(CAFE_LATIN1);
  });

  it.each<[Buffer, Parameters<typeof splitLines>[2], RegExp]>([
    [Buffer.from([0x61, 0x81]), 'windows-1252', /byte 0x81 at byte 2 .* not valid windows-1252/],
    [Buffer.from([0x61, 0xe9]), 'us-ascii', /byte 0xE9 at byte 2 .* not valid us-ascii/],
  ])('refuses bytes a charset does not define: %o', async (bytes, charset, message) => {
    expect((await one(bytes, charset)).invalid?.message).toMatch(message);
  });

  it('marks only the bad line: the lines around it decode', async () => {
    const got = await collect(splitLines(chunks(Buffer.concat([Buffer.from('ok\n'), CAFE_LATIN1, Buffer.from('\r\nfine\n')])), 100));
    expect(got.map((l) => [l.line, l.invalid ? 'invalid' : l.text])).toEqual([[1, 'ok'], [2, 'invalid'], [3, 'fine']]);
  });
});
