// Test-only: a CliIo that records what a command printed and the exit code it set.
import { type CliIo } from '@i94/command-line';

/** A recording CliIo. */
export interface RecordingIo extends CliIo {
  stdout: string;
  stderr: string;
  exitCode: number | undefined;
}

/** A CliIo that keeps output in memory; stderr is not a terminal. */
export function recordingIo(): RecordingIo {
  const io: RecordingIo = {
    stdout: '',
    stderr: '',
    exitCode: undefined,
    stderrIsTty: false,
    out: (text) => {
      io.stdout += text;
    },
    err: (text) => {
      io.stderr += text;
    },
    setExitCode: (code) => {
      io.exitCode = code;
    },
  };
  return io;
}
