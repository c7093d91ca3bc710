import { readSasValueBlock } from './sas-value-block';

describe('readSasValueBlock', () => {
  it('reads numeric and quoted codes with tabs, CRLF, trailing spaces and a closing semicolon', () => {
    const content = [
      'proc format ;',
      '  value $i94prtl',
      "   'ALC'\t=\t'ALCAN, AK             '",
      "   'INT'\t=\t'INT''L FALLS, MN      '",
      "   'CP '\t=\t'No PORT Code (CP)'",
      "   'AG'\t\t=\t'No PORT Code (AG)' ;",
      "   'ZZZ'\t=\t'after the end'",
    ].join('\r\n');
    expect(readSasValueBlock(content, 'i94prtl')).toEqual({
      records: [
        { line: 3, code: 'ALC', label: 'ALCAN, AK' },
        { line: 4, code: 'INT', label: "INT'L FALLS, MN" },
        { line: 5, code: 'CP', label: 'No PORT Code (CP)' },
        { line: 6, code: 'AG', label: 'No PORT Code (AG)' },
      ],
      skipped: [],
    });
  });

  it('ends at a semicolon alone on a line and reports malformed and repeated entries', () => {
    const content = ['value i94cntyl', "   236 =  'AFGHANISTAN'", '   101 =  ALBANIA', "   236 =  'AGAIN'", '', ';', "   999 = 'outside'"].join('\n');
    expect(readSasValueBlock(content, 'i94cntyl')).toEqual({
      records: [{ line: 2, code: '236', label: 'AFGHANISTAN' }],
      skipped: [
        { line: 3, reason: "not a code = 'label' line: 101 =  ALBANIA" },
        { line: 4, reason: 'duplicate code 236' },
      ],
    });
  });

  it('says when the list is missing', () => {
    expect(readSasValueBlock('value other\n 1 = \'x\' ;', 'i94model')).toEqual({
      records: [],
      skipped: [{ line: 0, reason: 'value list i94model not found' }],
    });
  });
});
