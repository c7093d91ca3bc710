/** Where the local stack (deploy/local) listens, from the same env variables the services read. */
export function stackEndpoints(env: NodeJS.ProcessEnv = process.env) {
  return {
    kafkaBrokers: (env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    schemaRegistryUrl: env.SCHEMA_REGISTRY_URL ?? 'http://127.0.0.1:8081/apis/ccompat/v7',
    cassandraContactPoints: (env.CASSANDRA_CONTACT_POINTS ?? '127.0.0.1:9042').split(','),
    cassandraLocalDc: env.CASSANDRA_LOCAL_DC ?? 'datacenter1',
    s3: {
      endpoint: env.S3_ENDPOINT ?? 'http://127.0.0.1:9000',
      region: env.S3_REGION ?? 'us-east-1',
      accessKeyId: env.S3_ACCESS_KEY_ID ?? 'i94admin',
      secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? 'i94admin-secret',
    },
  };
}
