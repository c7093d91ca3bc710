import { type Client, types } from 'cassandra-driver';
import { ARRIVAL_COLUMNS, ARRIVALS_TABLE } from '../arrival-rows';
import { runBounded } from '../run-bounded';

const LEGACY_TABLE = 'arrivals_by_id';
const PAGE_SIZE = 1000;
const CONCURRENCY = 32;

/**
 * Copies every row of arrivals_by_id (keyed by cicid alone) to arrivals_by_key, page by page, so
 * memory holds one page whatever the table's size. Each row is written with its original write
 * time: a row raw-sink has written to arrivals_by_key since (the same arrival, consumed again)
 * keeps its newer copy, and running the step twice changes nothing. Rows without i94yr or i94mon
 * cannot be keyed; they stay in arrivals_by_id and are counted.
 */
export async function copyArrivalsByIdToKey(client: Client, keyspace: string): Promise<string> {
  const columns = ARRIVAL_COLUMNS.join(', ');
  const select = `SELECT ${columns}, writetime(written_at) AS write_time FROM ${keyspace}.${LEGACY_TABLE}`;
  const insert = `INSERT INTO ${keyspace}.${ARRIVALS_TABLE} (${columns}) VALUES (${ARRIVAL_COLUMNS.map(() => '?').join(', ')}) USING TIMESTAMP ?`;
  let copied = 0;
  let unkeyed = 0;
  let pageState: string | undefined;
  do {
    const page = await client.execute(select, [], { prepare: true, fetchSize: PAGE_SIZE, pageState });
    const keyed = page.rows.filter((row) => row.get('i94yr') !== null && row.get('i94mon') !== null);
    unkeyed += page.rows.length - keyed.length;
    const writes = keyed.map((row) => () => client.execute(insert, [...ARRIVAL_COLUMNS.map((c) => row.get(c)), writeTimeOf(row)], { prepare: true }));
    await runBounded(writes, CONCURRENCY);
    copied += keyed.length;
    pageState = page.pageState ?? undefined;
  } while (pageState);
  const left = unkeyed === 0 ? '' : `; ${unkeyed} ${unkeyed === 1 ? 'row' : 'rows'} without i94yr/i94mon left in ${LEGACY_TABLE}`;
  return `copied ${copied} rows from ${LEGACY_TABLE} to ${ARRIVALS_TABLE}${left}`;
}

/** The row's write time in microseconds; a row written without written_at sorts before any real write. */
function writeTimeOf(row: types.Row): types.Long {
  const time = row.get('write_time') as types.Long | null;
  return time ?? types.Long.fromNumber(1);
}
