import { stat } from 'node:fs/promises';
import { type InputFormat, inferFormat } from '../inputs/input-format';

/** A file to push and its format. */
export interface PushInput {
  file: string;
  format: InputFormat;
}

async function checkReadable(file: string): Promise<void> {
  let isFile: boolean;
  try {
    isFile = (await stat(file)).isFile();
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!isFile) throw new Error(`${file} is not a file`);
}

/** Check every file before sending anything: it exists, and its format is given or inferable. */
export async function checkInputs(files: readonly string[], format?: InputFormat): Promise<PushInput[]> {
  const inputs: PushInput[] = [];
  for (const file of files) {
    const resolved = format ?? inferFormat(file);
    if (!resolved) throw new Error(`cannot tell the format of ${file} from its extension (.csv, .ndjson, .jsonl, .parquet, .sas7bdat); pass --format`);
    await checkReadable(file);
    inputs.push({ file, format: resolved });
  }
  return inputs;
}
