import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Role } from '@i94/auth';

const run = promisify(execFile);
const ROOT = join(__dirname, '../..');

// The harness of the OpenAPI contract tests: schemathesis (PyPI, pinned in
// deploy/local/python/api-test-requirements.txt, installed into the project's venv) run with
// every check against a BUILT service's /docs-json: statuses, content types, headers and bodies
// as documented; schema-valid requests accepted, schema-violating ones refused; 405 for
// undocumented methods; auth enforced. The seed is fixed so a run is reproducible; change it
// to explore. filter_too_much is a generation-speed health check of Hypothesis (anchored
// patterns make it discard many drafts), not a finding about the API.

/** The schemathesis executable, installed on first use (idempotent). */
export async function installSchemathesis(): Promise<string> {
  const { stdout } = await run('bash', [join(ROOT, 'deploy/local/bench-tools.sh'), 'api-test'], { maxBuffer: 1 << 20 });
  return /^SCHEMATHESIS=(.*)$/m.exec(stdout)![1];
}

export interface SchemathesisOptions {
  /** The x-api-key sent with every request (schemathesis also sends none, to check auth is enforced). */
  key: string;
  /** A schemathesis.toml beside the spec, for what a 3.0 document cannot say (its comments say why). */
  configFile?: string;
  maxExamples?: number;
  /** Names the run's whole output in SCHEMATHESIS_REPORT_DIR, when that is set. */
  label?: string;
}

export interface SchemathesisResult {
  code: number;
  /** schemathesis's FAILURES (each with a curl to reproduce it), WARNINGS and SUMMARY sections. */
  summary: string;
}

/** One schemathesis run with --checks all, in a scratch directory (its example database is not left in the tree). */
export async function runSchemathesis(schemathesis: string, docsUrl: string, options: SchemathesisOptions): Promise<SchemathesisResult> {
  const workDir = mkdtempSync(join(tmpdir(), 'i94-schemathesis-'));
  const config = options.configFile ? ['--config-file', join(__dirname, options.configFile)] : [];
  const args = [...config, 'run', docsUrl, '--checks', 'all', '-H', `x-api-key: ${options.key}`, '--max-examples', String(options.maxExamples ?? 50), '--seed', '1794', '--suppress-health-check', 'filter_too_much', '--no-color'];
  try {
    const result = await run(schemathesis, args, { cwd: workDir, maxBuffer: 16 << 20, timeout: 600_000 }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code ?? 1, stdout: error.stdout ?? String(error) }),
    );
    if (process.env.SCHEMATHESIS_REPORT_DIR && options.label) {
      mkdirSync(process.env.SCHEMATHESIS_REPORT_DIR, { recursive: true });
      writeFileSync(join(process.env.SCHEMATHESIS_REPORT_DIR, `${options.label}.txt`), `schemathesis ${args.join(' ').replace(options.key, '<key>')}\n\n${result.stdout}`);
    }
    const from = ['= FAILURES =', '= WARNINGS =', '= SUMMARY ='].map((heading) => result.stdout.indexOf(heading)).find((at) => at >= 0);
    return { code: result.code, summary: result.stdout.slice(from ?? 0) };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * A run in which every generated case passed every check, as the specs expect it (the summary,
 * with each failure's curl, is shown when it is not). Warnings are advice, not failures: a
 * producer's key gets only 403 from query-api ("Authentication failed"), say.
 */
export const NO_FAILURES = { code: 0, summary: expect.stringMatching(/^(?![\s\S]*(Failures:|Errors:))[\s\S]*Test cases:\s+(\d+) generated, \2 passed/) };

/** The roles each service's contract is checked with: every role, each once. */
export const EVERY_ROLE: readonly Role[] = ['producer', 'reader', 'admin'];

/** The document's operations as the access matrix names routes ("GET /v1/arrivals/:cicid"), sorted. */
export function documentedRoutes(document: { paths: Record<string, Record<string, unknown>> }): string[] {
  return Object.entries(document.paths)
    .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`))
    .sort();
}
