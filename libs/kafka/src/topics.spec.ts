import { TOPIC_SPECS, topicConfig } from './topics';

describe('topic specs', () => {
  it('compacted topics keep records forever, the others have a retention', () => {
    for (const spec of TOPIC_SPECS) {
      const entries = Object.fromEntries(topicConfig(spec).configEntries!.map((e) => [e.name, e.value]));
      expect(entries['cleanup.policy']).toBe(spec.cleanupPolicy);
      expect('retention.ms' in entries).toBe(spec.cleanupPolicy === 'delete');
    }
  });

  it('names every topic <domain>.<entity>.v<N>', () => {
    for (const spec of TOPIC_SPECS) expect(spec.name).toMatch(/^i94\.[a-z-]+\.[a-z-]+\.v\d+$/);
  });
});
