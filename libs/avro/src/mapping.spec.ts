import avro from 'avsc';
import { type I94RawRecord } from '@i94/domain';
import { toDeadLetter } from './dead-letter-mapping';
import { epochDaysToIsoDate, isoDateToEpochDays } from './epoch-days';
import { I94_ARRIVALS_DLQ_V1_SCHEMA, I94_ARRIVALS_RAW_V1_SCHEMA } from './generated';
import { toRawArrival } from './raw-arrival-mapping';

// The first data row of the real sample (data/sample/immigration_data_sample.csv), typed.
const record: I94RawRecord = {
  cicid: 4084316, i94yr: 2016, i94mon: 4, i94cit: 209, i94res: 209, i94port: 'HHW', arrdate: 20566, i94mode: 1,
  i94addr: 'HI', depdate: 20573, i94bir: 61, i94visa: 2, count: 1, dtadfile: '20160422', visapost: null, occup: null,
  entdepa: 'G', entdepd: 'O', entdepu: null, matflag: 'M', biryear: 1955, dtaddto: '07202016', gender: 'F',
  insnum: null, airline: 'JL', admnum: 56582674633, fltno: '00782', visatype: 'WT',
};
const rawType = avro.Type.forSchema(I94_ARRIVALS_RAW_V1_SCHEMA as unknown as avro.Schema);
const dlqType = avro.Type.forSchema(I94_ARRIVALS_DLQ_V1_SCHEMA as unknown as avro.Schema);

describe('Avro mappings', () => {
  it('converts feed dates to Avro dates and back', () => {
    expect(isoDateToEpochDays('1970-01-02')).toBe(1);
    expect(epochDaysToIsoDate(isoDateToEpochDays('2016-04-22'))).toBe('2016-04-22');
  });

  it('round-trips a real sample record through the raw schema unchanged', () => {
    const value = toRawArrival(record, { batchId: 'b1', feedDate: '2016-04-22', sourceFile: 'sample.csv', sourceLine: 2, qualityFlags: [] }, 1_700_000_000_000);
    const decoded = rawType.fromBuffer(rawType.toBuffer(value));
    expect(decoded).toEqual(value);
    expect(decoded.admnum).toBe(56582674633);
  });

  it('builds a dead letter that the DLQ schema accepts, with every reason in the message', () => {
    const letter = toDeadLetter(
      [
        { field: 'cicid', reason: 'MISSING_CICID', message: 'cicid is required' },
        { field: 'i94mon', reason: 'MONTH_OUT_OF_RANGE', message: 'i94mon 13 is not 1..12' },
      ],
      { service: 'ingest-gateway', batchId: 'b1', feedDate: '2016-04-22', sourceFile: 'f.csv', sourceLine: 7 },
      { bytes: Buffer.from(',,2016.0,13.0'), format: 'CSV' },
      1_700_000_000_000,
    );
    expect(dlqType.isValid(letter)).toBe(true);
    expect(letter).toMatchObject({ reasonCode: 'MISSING_CICID', field: 'cicid', sourceLine: 7 });
    expect(letter.message).toBe('cicid: cicid is required; i94mon: i94mon 13 is not 1..12');
  });
});
