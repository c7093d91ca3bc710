// Public API of @i94/command-line: what the operator CLI (tools/cli) and the bench (tools/bench)
// share as command-line programs: their output streams, option parsers, the platform's
// endpoints from the environment, and the repository's files they find from where they run.
export { type CliIo, processIo } from './io';
export { httpUrl, integerAtLeast, isoDate, share, yearMonth } from './option-parsers';
export { platformEnv, platformEnvSchema, type PlatformEnv } from './platform-env';
export { findUp } from './repo-paths';
export { runProgram } from './run-program';
export { readReferenceFiles } from './reference-files';
