import { countByReason, countDeadLetters } from './dead-letter-counts';

const letter = (reasonCode: string, field: string | null, service = 'ingest-gateway') => ({ reasonCode, field, service });

describe('countDeadLetters', () => {
  it('counts by reason, service and field, the largest group first', () => {
    const counts = countDeadLetters([letter('NOT_A_NUMBER', 'cicid'), letter('NOT_A_NUMBER', 'i94bir'), letter('NOT_A_NUMBER', 'cicid'), letter('DECODE_FAILED', null, 'enricher')]);
    expect(counts).toEqual([
      { reason: 'NOT_A_NUMBER', service: 'ingest-gateway', field: 'cicid', count: 2 },
      { reason: 'DECODE_FAILED', service: 'enricher', field: null, count: 1 },
      { reason: 'NOT_A_NUMBER', service: 'ingest-gateway', field: 'i94bir', count: 1 },
    ]);
    expect(countByReason(counts)).toEqual([
      { reason: 'NOT_A_NUMBER', count: 3 },
      { reason: 'DECODE_FAILED', count: 1 },
    ]);
  });

  it('gives nothing for no letters', () => {
    expect(countDeadLetters([])).toEqual([]);
  });
});
