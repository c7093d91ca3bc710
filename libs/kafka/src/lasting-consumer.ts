import { type Consumer } from 'kafkajs';

/**
 * A kafkajs consumer that keeps running until stopped. kafkajs restarts its consumer after
 * retriable crashes only; after a broker restart it may crash for good ("Failed to find group
 * coordinator" is non-retriable), and then nothing reads any more. This starts a new consumer
 * in its place, and again every few seconds while that fails. For readers that follow a topic
 * without a group's offsets (BatchRunner does the same for the workers, with their ownership).
 */
export class LastingConsumer {
  private consumer: Consumer | null = null;
  private stopping = false;

  constructor(
    private readonly create: () => Consumer,
    /** Connects, subscribes and runs the consumer it is given. */
    private readonly follow: (consumer: Consumer) => Promise<void>,
    private readonly onRestart: (reason: string) => void = () => undefined,
    private readonly delays = { afterCrashMs: 1000, afterFailedStartMs: 5000 },
  ) {}

  start(): Promise<void> {
    return this.startOne();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer?.disconnect();
  }

  private async startOne(): Promise<void> {
    const consumer = this.create();
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || this.stopping || consumer !== this.consumer) return;
      this.onRestart(`crashed without a restart: ${payload.error.message}`);
      setTimeout(() => void this.replace(consumer), this.delays.afterCrashMs).unref();
    });
    await this.follow(consumer);
  }

  private async replace(old: Consumer): Promise<void> {
    void old.disconnect().catch(() => undefined);
    if (this.stopping) return;
    await this.startOne().catch((error: Error) => {
      this.onRestart(`starting again failed: ${error.message}`);
      setTimeout(() => void this.replace(this.consumer!), this.delays.afterFailedStartMs).unref();
    });
  }
}
