/** How long a stage took to work through a backlog, counted from the moment it began. */
export interface BacklogTiming {
  /** Items done between the start and the end. */
  counted: number;
  millis: number;
}

/**
 * Polls `progress` (items done so far) until it reaches `total`. The clock starts at the first
 * poll where `begun` is true (e.g. the service's consumer group has joined), and items already
 * done by then are left out, so process start-up and cache warm-up do not count: the figure is
 * the stage's rate once it works.
 */
export async function timeBacklog(
  progress: () => Promise<number>,
  total: number,
  options: { what: string; begun: () => Promise<boolean>; timeoutMs: number; tick?: () => void; intervalMs?: number },
): Promise<BacklogTiming> {
  const deadline = Date.now() + options.timeoutMs;
  let first: { at: number; done: number } | null = null;
  for (;;) {
    options.tick?.();
    const begun = first !== null || (await options.begun());
    const done = await progress();
    const now = Date.now();
    if (first === null && begun) first = { at: now, done };
    if (first !== null && done >= total) {
      if (first.at === now) throw new Error(`${options.what}: the whole backlog of ${total} was done before the first poll; use more records`);
      return { counted: total - first.done, millis: now - first.at };
    }
    if (now > deadline) throw new Error(`${options.what}: ${done} of ${total} after ${options.timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 200));
  }
}
