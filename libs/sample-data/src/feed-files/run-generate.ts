import { type DistributionModel } from '../generator/distribution-model';
import { generateRecords } from '../generator/generate-records';
import { learnFromSample } from './sample-model';
import { ParquetSink } from './parquet-sink';
import { type OutputFormat, type RecordSink } from './record-sink';
import { TextSink } from './text-sink';

/** What to generate and where. */
export interface GenerateRequest {
  records: number;
  month: string;
  out: string;
  format: OutputFormat;
  seed: number;
  messyShare: number;
  invalidShare: number;
  /** Sample CSV the distributions are learned from. */
  sample: string;
  /** Parquet rows per row group. */
  rowGroupSize?: number;
}

/** What was written. */
export interface GenerateResult {
  records: number;
  bytes: number;
  millis: number;
}

function openSink(request: GenerateRequest): Promise<RecordSink> {
  switch (request.format) {
    case 'csv':
      return TextSink.csv(request.out);
    case 'ndjson':
      return TextSink.ndjson(request.out);
    case 'parquet':
      return ParquetSink.create(request.out, request.rowGroupSize);
  }
}

async function writeAll(model: DistributionModel, request: GenerateRequest, sink: RecordSink): Promise<number> {
  const { records: count, month, seed, messyShare, invalidShare } = request;
  let written = 0;
  for (const record of generateRecords(model, { count, month, seed, messyShare, invalidShare })) {
    const pending = sink.write(record);
    if (pending) await pending;
    written += 1;
  }
  return written;
}

/** Learn from the sample, then stream `records` generated records to the output file. */
export async function runGenerate(request: GenerateRequest, now: () => number = Date.now): Promise<GenerateResult> {
  const started = now();
  const model = await learnFromSample(request.sample);
  const sink = await openSink(request);
  const records = await writeAll(model, request, sink);
  const bytes = await sink.close();
  return { records, bytes, millis: now() - started };
}
