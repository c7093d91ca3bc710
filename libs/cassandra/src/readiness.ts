import { type Client } from 'cassandra-driver';
import { type ReadinessCheck } from '@i94/config';

/** Cassandra answers a trivial query. */
export function cassandraReadiness(client: Client): ReadinessCheck {
  return { name: 'cassandra', check: async () => void (await client.execute('SELECT release_version FROM system.local')) };
}
