import { type Consumer } from 'kafkajs';
import { LastingConsumer } from './lasting-consumer';

/** A strict fake of the kafkajs consumer: the test plays its crashes. */
class FakeConsumer {
  readonly events = { CRASH: 'crash' };
  private crash?: (event: { payload: { restart: boolean; error: Error } }) => void;
  disconnected = false;
  on(_event: string, listener: (event: { payload: { restart: boolean; error: Error } }) => void) {
    this.crash = listener;
  }
  async disconnect() {
    this.disconnected = true;
  }
  crashes(restart: boolean) {
    this.crash!({ payload: { restart, error: new Error('Failed to find group coordinator') } });
  }
}

function setUp(failStarts = 0) {
  const made: FakeConsumer[] = [];
  const restarts: string[] = [];
  let starts = 0;
  const lasting = new LastingConsumer(
    () => made[made.push(new FakeConsumer()) - 1] as unknown as Consumer,
    async () => {
      if (starts++ > 0 && starts <= failStarts + 1) throw new Error('broker down');
    },
    (reason) => restarts.push(reason),
    { afterCrashMs: 10, afterFailedStartMs: 10 },
  );
  return { lasting, made, restarts };
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('LastingConsumer', () => {
  it('starts a new consumer after a crash kafkajs does not restart from, and leaves the old one', async () => {
    const { lasting, made, restarts } = setUp();
    await lasting.start();
    made[0].crashes(false);
    await tick(30);
    expect([made.length, made[0].disconnected, made[1].disconnected]).toEqual([2, true, false]);
    expect(restarts).toEqual(['crashed without a restart: Failed to find group coordinator']);
    await lasting.stop();
  });

  it('leaves a crash kafkajs restarts from to kafkajs', async () => {
    const { lasting, made } = setUp();
    await lasting.start();
    made[0].crashes(true);
    await tick(30);
    expect(made).toHaveLength(1);
    await lasting.stop();
  });

  it('tries again while starting fails (the broker still down), until one runs', async () => {
    const { lasting, made, restarts } = setUp(2);
    await lasting.start();
    made[0].crashes(false);
    for (let i = 0; i < 50 && made.length < 4; i++) await tick(10);
    expect(made.length).toBe(4);
    expect(restarts.filter((r) => r.startsWith('starting again failed'))).toHaveLength(2);
    await lasting.stop();
  });

  it('starts nothing once stopped', async () => {
    const { lasting, made } = setUp();
    await lasting.start();
    await lasting.stop();
    made[0].crashes(false);
    await tick(30);
    expect(made).toHaveLength(1);
  });
});
