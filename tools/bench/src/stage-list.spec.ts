import { InvalidArgumentError } from 'commander';
import { stageList } from './stage-list';
import { cpuModel } from './machine-info';

describe('bench arguments and machine facts', () => {
  it('keeps the bench order of the stages asked for', () => {
    expect(stageList('latency, ingest,compact')).toEqual(['ingest', 'compact', 'latency']);
    expect(() => stageList('ingest,fast')).toThrow(InvalidArgumentError);
    expect(() => stageList('')).toThrow(InvalidArgumentError);
  });

  it('takes the CPU model from /proc/cpuinfo', () => {
    expect(cpuModel('processor\t: 0\nmodel name\t: AMD EPYC 7B13\nflags\t: fpu\n')).toBe('AMD EPYC 7B13');
    expect(cpuModel('')).toBe('unknown');
  });
});
