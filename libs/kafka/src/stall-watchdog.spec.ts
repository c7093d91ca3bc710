import { StallWatchdog } from './stall-watchdog';

describe('StallWatchdog', () => {
  let now = 0;
  let stalls: string[] = [];
  const watchdog = () => new StallWatchdog(60_000, (reason) => stalls.push(reason), () => now);
  beforeEach(() => {
    now = 0;
    stalls = [];
  });

  it('calls a consumer stalled when nothing was heard for the timeout with no batch in hand, once, then starts the clock again', () => {
    const w = watchdog();
    w.alive();
    now = 59_000;
    w.check();
    expect(stalls).toEqual([]);
    now = 60_000;
    w.check();
    w.check();
    expect(stalls).toEqual(['stalled: no fetch, batch, join or crash for 60 s with no batch in hand']);
  });

  it('never while a batch is in hand, however long it takes (an upload, a compaction)', () => {
    const w = watchdog();
    w.busy(1);
    now = 600_000;
    w.check();
    expect(stalls).toEqual([]);
    w.busy(-1);
    now = 659_000;
    w.check();
    expect(stalls).toEqual([]);
  });

  it('calls a partition held until the next assignment for the timeout a stall, though the consumer goes on fetching', () => {
    const w = watchdog();
    w.heldUntilAssignment(true);
    for (now = 5_000; now < 60_000; now += 5_000) {
      w.alive();
      w.check();
    }
    expect(stalls).toEqual([]);
    w.alive();
    w.check();
    expect(stalls).toEqual(['a partition held until the next assignment for 60 s, and none came']);
  });

  it('forgets a held partition once an assignment came', () => {
    const w = watchdog();
    w.heldUntilAssignment(true);
    now = 30_000;
    w.heldUntilAssignment(false);
    w.alive();
    now = 70_000;
    w.alive();
    w.check();
    expect(stalls).toEqual([]);
  });
});
