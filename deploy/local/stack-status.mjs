// Probes each server of the local stack with its real protocol and prints one line per server,
// or with --json one object: { kafka, schemaRegistry, cassandra, s3 }, each { up, address, version }.
// Exits 0 when all four are up, 1 otherwise. Addresses come from the same env as stack.sh.
import { Kafka, logLevel } from 'kafkajs';
import cassandra from 'cassandra-driver';
import { S3Client, HeadBucketCommand } from '@aws-sdk/client-s3';

const env = process.env;
const kafkaAddress = `127.0.0.1:${env.KAFKA_PORT ?? 9092}`;
const registryAddress = `http://127.0.0.1:${env.SCHEMA_REGISTRY_PORT ?? 8081}`;
const cassandraAddress = `127.0.0.1:${env.CASSANDRA_PORT ?? 9042}`;
const s3Address = `http://127.0.0.1:${env.S3_PORT ?? 9000}`;
const TIMEOUT_MS = 4000;

const withTimeout = (promise) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${TIMEOUT_MS} ms`)), TIMEOUT_MS))]);

async function probe(address, check) {
  try {
    return { up: true, address, version: await withTimeout(check()) };
  } catch (error) {
    return { up: false, address, version: null, error: error.message };
  }
}

async function kafkaVersion() {
  const admin = new Kafka({ brokers: [kafkaAddress], logLevel: logLevel.NOTHING, retry: { retries: 0 }, connectionTimeout: 2000 }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    // The wire protocol does not carry the broker's release; report the installed one it runs.
    return `${env.KAFKA_VERSION ?? 'unknown'} (cluster ${cluster.clusterId}, ${cluster.brokers.length} broker)`;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

async function registryVersion() {
  const subjects = await fetch(`${registryAddress}/apis/ccompat/v7/subjects`);
  if (!subjects.ok) throw new Error(`ccompat API answered ${subjects.status}`);
  const info = await fetch(`${registryAddress}/apis/registry/v3/system/info`);
  if (info.ok) {
    const body = await info.json();
    return `${body.name ?? 'apicurio-registry'} ${body.version}`;
  }
  return 'confluent-compatible';
}

async function cassandraVersion() {
  const client = new cassandra.Client({ contactPoints: [cassandraAddress], localDataCenter: env.CASSANDRA_DC ?? 'datacenter1' });
  try {
    const result = await client.execute('SELECT release_version FROM system.local');
    return result.first().release_version;
  } finally {
    await client.shutdown().catch(() => {});
  }
}

async function s3Version() {
  const live = await fetch(`${s3Address}/minio/health/live`);
  if (!live.ok) throw new Error(`health answered ${live.status}`);
  const client = new S3Client({
    endpoint: s3Address, region: 'us-east-1', forcePathStyle: true,
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID ?? 'i94admin', secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? 'i94admin-secret' },
  });
  const bucket = env.S3_BUCKET ?? 'i94';
  await client.send(new HeadBucketCommand({ Bucket: bucket }));
  return `${env.S3_SERVER_VERSION ?? live.headers.get('server') ?? 'S3'} (bucket ${bucket})`;
}

const status = {
  kafka: await probe(kafkaAddress, kafkaVersion),
  schemaRegistry: await probe(registryAddress, registryVersion),
  cassandra: await probe(cassandraAddress, cassandraVersion),
  s3: await probe(s3Address, s3Version),
};

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
} else {
  for (const [name, s] of Object.entries(status)) {
    process.stdout.write(`${name.padEnd(15)} ${s.up ? 'up  ' : 'DOWN'} ${s.address.padEnd(24)} ${s.version ?? s.error}\n`);
  }
}
process.exit(Object.values(status).every((s) => s.up) ? 0 : 1);
