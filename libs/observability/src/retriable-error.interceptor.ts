import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, ServiceUnavailableException } from '@nestjs/common';
import { type Response } from 'express';
import { catchError, type Observable, throwError } from 'rxjs';

/**
 * 503 with Retry-After when a handler fails with a retriable error (a server it needs is down,
 * overloaded or timing out: the platform's errors and kafkajs's say so in `retriable`), so a
 * client knows it may send the same request again; any other error stays a 4xx or 500.
 * `classify` turns a driver's raw error into a platform error first (libs/cassandra's asSinkError).
 */
@Injectable()
export class RetriableErrorInterceptor implements NestInterceptor {
  constructor(
    private readonly classify: (error: unknown) => unknown = (error) => error,
    private readonly retryAfterSeconds = 5,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        const classified = this.classify(error) as { retriable?: unknown } | null;
        if (classified?.retriable !== true) return throwError(() => error);
        context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(this.retryAfterSeconds));
        return throwError(() => new ServiceUnavailableException(`a server this service needs is unavailable (down, overloaded or timing out); retry in ${this.retryAfterSeconds} s`));
      }),
    );
  }
}
