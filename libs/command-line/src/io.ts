/** Where a command writes and how it reports its exit code; tests pass their own. */
export interface CliIo {
  /** Write to stdout (text includes its own newlines). */
  out(text: string): void;
  /** Write to stderr. */
  err(text: string): void;
  /** True when stderr is a terminal, so a progress line may be drawn. */
  readonly stderrIsTty: boolean;
  setExitCode(code: number): void;
}

/** The real process streams. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stderrIsTty: process.stderr.isTTY === true,
    setExitCode: (code) => {
      process.exitCode = code;
    },
  };
}
