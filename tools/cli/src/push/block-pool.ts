/**
 * Fixed-size byte blocks, handed back when a batch is sent so the next ones reuse them: memory
 * stays at the blocks in use instead of waiting for the garbage collector to free big buffers.
 */
export class BlockPool {
  private readonly free: Buffer[] = [];

  constructor(
    readonly blockSize = 1024 * 1024,
    private readonly maxFree = 32,
  ) {}

  take(): Buffer {
    // Unpooled: a slice of Node's shared pool would pin the rest of it.
    return this.free.pop() ?? Buffer.allocUnsafeSlow(this.blockSize);
  }

  give(blocks: readonly Buffer[]): void {
    for (const block of blocks) if (this.free.length < this.maxFree) this.free.push(block);
  }
}
