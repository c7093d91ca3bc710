import { type Client } from 'cassandra-driver';
import { copyArrivalsByIdToKey } from './copy-arrivals-by-id';

/** A data step: does its work on the keyspace and says what it did in one line. Must be idempotent. */
type DataStep = (client: Client, keyspace: string) => Promise<string>;

/** The steps a migration file may name with `-- @step <name>`. */
const DATA_STEPS: Readonly<Record<string, DataStep>> = {
  'copy-arrivals-by-id-to-key': copyArrivalsByIdToKey,
};

/** Runs the named step; an unknown name is an error, so a typo never passes as an applied migration. */
export function runDataStep(name: string, client: Client, keyspace: string): Promise<string> {
  const step = DATA_STEPS[name];
  if (!step) throw new Error(`unknown migration data step ${name} (known: ${Object.keys(DATA_STEPS).join(', ')})`);
  return step(client, keyspace);
}
