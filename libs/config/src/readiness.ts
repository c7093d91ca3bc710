/** A check of one server the service depends on; resolves when reachable, rejects otherwise. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, { ok: boolean; error?: string; ms: number }>;
}

/** Runs every check concurrently, each bounded by a timeout, and reports them all. */
export async function runReadinessChecks(checks: readonly ReadinessCheck[], timeoutMs = 3000): Promise<ReadinessReport> {
  const entries = await Promise.all(
    checks.map(async (c) => {
      const started = Date.now();
      try {
        await withTimeout(c.check(), timeoutMs, `${c.name} did not answer in ${timeoutMs} ms`);
        return [c.name, { ok: true, ms: Date.now() - started }] as const;
      } catch (error) {
        return [c.name, { ok: false, error: (error as Error).message, ms: Date.now() - started }] as const;
      }
    }),
  );
  return { ready: entries.every(([, r]) => r.ok), checks: Object.fromEntries(entries) };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
