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
    ['too-long line over several chunks', ['1234', '5678', '9\nok'], [[1, '12345678', true], [2, 'ok', false]]],
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
    expect(second).toEqual({ line: 2, text: 'next', tooLong: false });
  });
});
