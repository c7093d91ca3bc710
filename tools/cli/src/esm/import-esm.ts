import { createRequire } from 'node:module';
import vm from 'node:vm';

const requireHere = createRequire(__filename);

function isRequireEsmError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_REQUIRE_ESM';
}

// A real import() compiled in Node's main context. SWC turns `import()` in our CommonJS output
// into require(), and Jest's module registry cannot load ES modules without
// --experimental-vm-modules; this function bypasses both.
function mainContextImport(specifier: string): Promise<unknown> {
  const load = vm.runInThisContext('(specifier) => import(specifier)', {
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  }) as (specifier: string) => Promise<unknown>;
  return load(specifier);
}

/**
 * Load an ES-module-only package (hyparquet, hyparquet-writer) from CommonJS code. Node >= 20.19
 * require()s ES modules natively; older Node and Jest refuse, so fall back to a real import().
 */
export async function importEsm<T>(specifier: string): Promise<T> {
  try {
    return requireHere(specifier) as T;
  } catch (error) {
    if (!isRequireEsmError(error)) throw error;
    return (await mainContextImport(specifier)) as T;
  }
}
