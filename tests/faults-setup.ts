import { faultStackEnv } from './support/fault-stack';

// Fault scenarios stop servers: they run against the dedicated fault stack (STACK_PROFILE=faults),
// never the shared one. Every service and CLI process the tests start inherits this environment.
Object.assign(process.env, faultStackEnv());

// A scenario pushes up to a few hundred thousand records through every service, with outages.
jest.setTimeout(1_800_000);
