import { waitFor } from '@i94/testing';
import { type Pipeline, type ServiceName } from './pipeline';

interface ReadyBody {
  ready: boolean;
  checks: Record<string, { ok: boolean; error?: string }>;
}

/** Polls the services' GET /ready until each answers `status` with `check` in the matching state; returns the seconds it took. */
export async function waitForReadiness(pipeline: Pipeline, services: readonly ServiceName[], check: string, status: 200 | 503, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  await Promise.all(
    services.map((service) =>
      waitFor(
        async () => {
          const res = await fetch(`${pipeline.url(service)}/ready`);
          const body = (await res.json()) as ReadyBody;
          return res.status === status && body.checks[check]?.ok === (status === 200);
        },
        { timeoutMs, intervalMs: 500, description: `${service} /ready ${status} (${check})` },
      ),
    ),
  );
  return (Date.now() - started) / 1000;
}
