import { type ReadinessCheck } from '@i94/config';
import { type ObjectStore } from './object-store';

/** The bucket answers a listing. */
export function s3Readiness(store: ObjectStore): ReadinessCheck {
  return { name: 's3', check: async () => void (await store.list('__readiness__/')) };
}
