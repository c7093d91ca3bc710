import { ServiceUnavailableException } from '@nestjs/common';
import { lastValueFrom, throwError } from 'rxjs';
import { RetriableErrorInterceptor } from './retriable-error.interceptor';

class Outage extends Error {
  readonly retriable = true;
}
class Refused extends Error {
  readonly retriable = false;
}

describe('RetriableErrorInterceptor', () => {
  const answer = async (error: unknown, classify?: (e: unknown) => unknown) => {
    const headers: Record<string, string> = {};
    const context = { switchToHttp: () => ({ getResponse: () => ({ setHeader: (k: string, v: string) => (headers[k] = v) }) }) };
    const thrown = await lastValueFrom(new RetriableErrorInterceptor(classify).intercept(context as never, { handle: () => throwError(() => error) })).catch((e: unknown) => e);
    return { thrown, headers };
  };

  it('answers a retriable error with 503 and Retry-After', async () => {
    const { thrown, headers } = await answer(new Outage('S3 down'));
    expect(thrown).toBeInstanceOf(ServiceUnavailableException);
    expect(headers).toEqual({ 'Retry-After': '5' });
  });

  it('classifies a raw driver error first', async () => {
    const { thrown } = await answer(new Error('no host'), () => new Outage('Cassandra unavailable'));
    expect(thrown).toBeInstanceOf(ServiceUnavailableException);
  });

  it.each([['not retriable', new Refused('bad')], ['a plain error', new Error('bug')], ['not an error', 'text'], ['null', null]])('leaves %s as it is', async (_name, error) => {
    expect(await answer(error)).toEqual({ thrown: error, headers: {} });
  });
});
