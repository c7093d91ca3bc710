import { type CanActivate, type ExecutionContext, HttpException, Inject, Injectable } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { type Caller } from './api-key.guard';
import { TokenBuckets } from './token-buckets';

/** Token of the provider holding the service's TokenBuckets. */
export const RATE_LIMITER = Symbol('RATE_LIMITER');

/** 429 with Retry-After when a key sends requests faster than its limit. Runs after the key check. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(@Inject(RATE_LIMITER) private readonly buckets: TokenBuckets) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const caller = http.getRequest<Request & { caller?: Caller }>().caller;
    const wait = this.buckets.take(caller?.name ?? 'anonymous');
    if (wait === 0) return true;
    http.getResponse<Response>().setHeader('Retry-After', String(wait));
    throw new HttpException(`rate limit exceeded for key ${caller?.name ?? 'anonymous'}; retry in ${wait}s`, 429);
  }
}

/** The providers RateLimitGuard needs: per-key buckets refilling at `perSecond`, bursting to 2 s worth. */
export const rateLimitProviders = (perSecond: number) => [{ provide: RATE_LIMITER, useValue: new TokenBuckets(perSecond, perSecond * 2) }, RateLimitGuard];
