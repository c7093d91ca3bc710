import { DIMENSION_NAMES } from '@i94/dimensions';
import { topicConfig } from '../topics';
import { DIMENSION_TOPIC_SPECS, dimensionTopicSpecs } from './dimension-topics';

describe('dimension topic specs', () => {
  it('name a compacted single-partition topic for every dimension', () => {
    expect(DIMENSION_TOPIC_SPECS.map((s) => s.name)).toEqual(DIMENSION_NAMES.map((name) => `i94.dim.${name}.v1`));
    for (const spec of DIMENSION_TOPIC_SPECS) expect(spec).toMatchObject({ key: 'code', partitions: 1, cleanupPolicy: 'compact', retentionMs: null });
    expect(topicConfig(DIMENSION_TOPIC_SPECS[1])).toEqual({
      topic: 'i94.dim.ports.v1', numPartitions: 1, replicationFactor: -1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }],
    });
  });

  it('take their names from topicFor, for the dimensions asked for', () => {
    expect(dimensionTopicSpecs((name) => `test.abc.${name}`, ['ports', 'airports']).map((s) => s.name)).toEqual(['test.abc.ports', 'test.abc.airports']);
  });
});
