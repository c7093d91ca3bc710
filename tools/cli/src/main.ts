import { runProgram } from '@i94/command-line';
import { buildProgram } from './program';

// Entry point of the `i94` command (bin/i94 requires the built copy of this file).
runProgram(buildProgram());
