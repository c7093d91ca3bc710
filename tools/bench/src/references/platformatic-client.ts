import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The part of @platformatic/kafka's API the client comparison uses (its types are not installed with the workspaces). */
export interface Message {
  topic: string;
  partition: number;
  offset: bigint;
  key: Buffer;
  value: Buffer;
}

interface ClientOptions {
  clientId: string;
  bootstrapBrokers: string[];
  retries: number;
  retryDelay: number;
}

export interface Producer {
  send(options: { messages: { topic: string; key?: Buffer; value?: Buffer }[] }): Promise<unknown>;
  beginTransaction(): Promise<Transaction>;
  close(): Promise<void>;
}

export interface Transaction extends Pick<Producer, 'send'> {
  addConsumer(consumer: Consumer): Promise<void>;
  addOffset(message: Message): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export interface Consumer {
  consume(options: { topics: string[]; mode: string; autocommit: boolean }): Promise<AsyncIterable<Message>>;
  close(force: boolean, callback: (error?: Error) => void): void;
}

export interface PlatformaticKafka {
  Consumer: new (options: ClientOptions & { groupId: string; maxBytesPerPartition: number }) => Consumer;
  Producer: new (options: ClientOptions & { acks: number; idempotent?: boolean; transactionalId?: string }) => Producer;
  MessagesStreamModes: { EARLIEST: string };
}

/**
 * Loads @platformatic/kafka from the stack cache, where deploy/local/bench-tools.sh installs it
 * (once) as tools/bench/platformatic-kafka's lock pins it. It is a bench-only client that
 * declares Node >= 22, so it stays out of the workspaces' install; it runs on Node 20.19+.
 */
export async function loadPlatformaticKafka(root: string): Promise<PlatformaticKafka> {
  const { stdout } = await promisify(execFile)('bash', [join(root, 'deploy/local/bench-tools.sh'), 'platformatic-kafka'], { maxBuffer: 1 << 20 });
  const dir = /^PLATFORMATIC_KAFKA_DIR=(.+)$/m.exec(stdout)?.[1];
  if (!dir) throw new Error(`bench-tools.sh printed no PLATFORMATIC_KAFKA_DIR:\n${stdout}`);
  return createRequire(join(dir, 'package.json'))('@platformatic/kafka') as PlatformaticKafka;
}
