import { z } from 'zod';
import { httpEnv, kafkaEnv, loadConfig, schemaRegistryEnv } from '@i94/config';

export const SERVICE_NAME = 'enricher';

/** Environment of enricher; every variable has a default that works with the local stack. */
export const configSchema = z.object({
  ...httpEnv(3003),
  ...kafkaEnv,
  ...schemaRegistryEnv,
  CONSUMER_GROUP: z.string().min(1).default('i94-enricher'),
  /**
   * This process's name among the enricher instances (0, 1, or the pod name): its Kafka client id
   * and log label. Fencing does not depend on it: transactional ids are per input partition.
   */
  ENRICHER_INSTANCE: z.string().regex(/^[\w-]{1,40}$/, 'must be a short name such as 0 or 1').default('0'),
});

export type EnricherConfig = z.infer<typeof configSchema>;

export const CONFIG = Symbol('EnricherConfig');

export const loadServiceConfig = (env: NodeJS.ProcessEnv = process.env): EnricherConfig => loadConfig(SERVICE_NAME, configSchema, env);
