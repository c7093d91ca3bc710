import { processIo, runProgram } from '@i94/command-line';
import { benchCommand } from './bench-command';

// Entry point of the bench (bin/i94-bench requires the built copy of this file).
runProgram(benchCommand(processIo()));
