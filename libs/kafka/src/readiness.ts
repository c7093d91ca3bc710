import { type Kafka } from 'kafkajs';
import { type ReadinessCheck } from '@i94/config';

/** Kafka answers a metadata request. */
export function kafkaReadiness(kafka: Kafka): ReadinessCheck {
  return {
    name: 'kafka',
    async check() {
      const admin = kafka.admin();
      try {
        await admin.connect();
        await admin.describeCluster();
      } finally {
        await admin.disconnect();
      }
    },
  };
}

/** The schema registry's Confluent API answers. */
export function registryReadiness(url: string): ReadinessCheck {
  return {
    name: 'schemaRegistry',
    async check() {
      const res = await fetch(`${url.replace(/\/$/, '')}/subjects`);
      if (!res.ok) throw new Error(`schema registry answered ${res.status}`);
    },
  };
}
