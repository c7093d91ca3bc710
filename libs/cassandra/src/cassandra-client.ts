import { Client, types } from 'cassandra-driver';

export interface CassandraOptions {
  contactPoints: string[];
  localDataCenter: string;
  keyspace?: string;
}

/** A driver client with timeouts suited to a pipeline: fail fast, let the caller retry with backoff. */
export function createCassandraClient(options: CassandraOptions): Client {
  return new Client({
    contactPoints: options.contactPoints,
    localDataCenter: options.localDataCenter,
    keyspace: options.keyspace,
    queryOptions: { consistency: types.consistencies.localQuorum, prepare: true },
    socketOptions: { connectTimeout: 5000, readTimeout: 12000 },
    pooling: { coreConnectionsPerHost: { [types.distance.local]: 2 } },
  });
}
