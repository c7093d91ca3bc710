/**
 * Tells a consumer that has gone quiet from one that is working. kafkajs's fetch loop says
 * something every few seconds even when idle (a fetch waits 5 s at most), while a batch in hand
 * may take minutes (an upload, a compaction): so the consumer is stalled only when nothing was
 * heard for `timeoutMs` with no batch in hand, or when a partition has been held until the next
 * assignment for that long and no assignment came. Either way `onStall` gets the reason, once,
 * and the clock starts again.
 */
export class StallWatchdog {
  private lastSign = Date.now();
  private inHand = 0;
  private heldSince: number | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly timeoutMs: number,
    private readonly onStall: (reason: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.alive();
    this.timer = setInterval(() => this.check(), Math.max(1000, this.timeoutMs / 4));
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** A fetch, a batch, a join or a crash: the consumer is doing something. */
  alive(): void {
    this.lastSign = this.now();
  }

  busy(delta: 1 | -1): void {
    this.inHand += delta;
    this.alive();
  }

  /** A partition paused until the next assignment (true), or an assignment that released them all (false). */
  heldUntilAssignment(held: boolean): void {
    if (!held) this.heldSince = null;
    else this.heldSince ??= this.now();
  }

  check(): void {
    const now = this.now();
    if (this.heldSince !== null && now - this.heldSince >= this.timeoutMs) {
      this.restarted();
      this.onStall(`a partition held until the next assignment for ${Math.round((now - this.heldSince) / 1000)} s, and none came`);
      return;
    }
    if (this.inHand === 0 && now - this.lastSign >= this.timeoutMs) {
      const quiet = Math.round((now - this.lastSign) / 1000);
      this.restarted();
      this.onStall(`stalled: no fetch, batch, join or crash for ${quiet} s with no batch in hand`);
    }
  }

  private restarted(): void {
    this.heldSince = null;
    this.lastSign = this.now();
  }
}
