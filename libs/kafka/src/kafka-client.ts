import { Kafka, logLevel, type LogEntry } from 'kafkajs';

export interface KafkaClientOptions {
  brokers: string[];
  clientId: string;
  /** Where kafkajs's own log lines go; by default, warnings and errors to stderr as JSON. */
  log?: (level: 'error' | 'warn' | 'info' | 'debug', message: string, extra: Record<string, unknown>) => void;
}

const LEVELS = { [logLevel.ERROR]: 'error', [logLevel.WARN]: 'warn', [logLevel.INFO]: 'info', [logLevel.DEBUG]: 'debug' } as const;

/**
 * kafkajs warnings about what the platform chose on purpose, each explained where it is chosen:
 * printed by every client at every start, they tell an operator nothing but alarm a newcomer.
 * - producer.ts bounds the idempotent producer's retries, so a send fails instead of hanging.
 */
const DELIBERATE_KAFKAJS_WARNINGS: ReadonlySet<string> = new Set(['Limiting retries for the idempotent producer may invalidate EoS guarantees']);

/** A kafkajs client whose logs join the service's JSON log instead of kafkajs's own format. */
export function createKafka(options: KafkaClientOptions): Kafka {
  const log =
    options.log ??
    ((level, message, extra) => process.stderr.write(`${JSON.stringify({ level, msg: message, ...extra, lib: 'kafkajs' })}\n`));
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 200, retries: 5 },
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        const { message, ...extra } = entry;
        if (level === logLevel.WARN && DELIBERATE_KAFKAJS_WARNINGS.has(message)) return;
        log(LEVELS[level as keyof typeof LEVELS] ?? 'info', message, extra);
      },
  });
}
