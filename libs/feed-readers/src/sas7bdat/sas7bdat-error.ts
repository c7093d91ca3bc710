/** Where in a SAS7BDAT file a problem was found. */
export interface Sas7bdatErrorContext {
  file?: string;
  /** 0-based page index; absent for header problems. */
  page?: number;
}

function describe(detail: string, context: Sas7bdatErrorContext): string {
  const where = [context.file, context.page === undefined ? undefined : `page ${context.page}`].filter(Boolean).join(', ');
  return where ? `${where}: ${detail}` : detail;
}

/** A SAS7BDAT file this reader cannot read: truncated, corrupt, or using an unsupported feature. */
export class Sas7bdatError extends Error {
  override readonly name = 'Sas7bdatError';

  constructor(
    readonly detail: string,
    readonly context: Sas7bdatErrorContext = {},
  ) {
    super(describe(detail, context));
  }

  /** The same error with more context (file, page); context already present wins. */
  within(context: Sas7bdatErrorContext): Sas7bdatError {
    return new Sas7bdatError(this.detail, { ...context, ...this.context });
  }
}

/** Run `work`, adding `context` to any Sas7bdatError it throws. */
export async function withContext<T>(context: Sas7bdatErrorContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof Sas7bdatError ? error.within(context) : error;
  }
}
