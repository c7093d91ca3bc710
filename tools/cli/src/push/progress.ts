/** Counters the progress line shows. */
export interface ProgressCounts {
  records: number;
  acknowledged: number;
}

/** A self-rewriting status line on a terminal, redrawn a few times a second. */
export class ProgressLine {
  private timer: NodeJS.Timeout | undefined;
  private readonly started: number;

  constructor(
    private readonly write: (text: string) => void,
    private readonly counts: () => ProgressCounts,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** The line as drawn now. */
  render(): string {
    const { records, acknowledged } = this.counts();
    const seconds = Math.max((this.now() - this.started) / 1000, 0.001);
    const rate = Math.round(acknowledged / seconds);
    return `${records.toLocaleString('en-US')} records read, ${acknowledged.toLocaleString('en-US')} acknowledged, ${rate.toLocaleString('en-US')} records/s`;
  }

  start(intervalMs = 250): void {
    this.timer = setInterval(() => this.write(`\r\x1b[2K${this.render()}`), intervalMs);
    this.timer.unref();
  }

  /** Draw the final state and end the line. */
  stop(): void {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.write(`\r\x1b[2K${this.render()}\n`);
  }
}
