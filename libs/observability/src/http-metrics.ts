import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { Histogram, type Registry } from 'prom-client';
import { METRICS_REGISTRY } from './tokens';

export const HTTP_METRIC = 'i94_http_request_seconds';

/** The probe and scrape endpoints: frequent, and not what a latency alert is about. */
const UNTIMED = new Set(['/health', '/ready', '/metrics']);

/** The histogram of HTTP requests by method, matched route (`/v1/arrivals/:cicid`) and status; one per registry. */
export function httpRequestMetric(registry: Registry): Histogram<'method' | 'route' | 'status'> {
  const existing = registry.getSingleMetric(HTTP_METRIC) as Histogram<'method' | 'route' | 'status'> | undefined;
  return (
    existing ??
    new Histogram({
      name: HTTP_METRIC,
      help: 'HTTP requests by method, route and status (health, readiness and metrics excluded)',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120],
      registers: [registry],
    })
  );
}

/** Times each request until its response is finished, labelled with the route pattern it matched. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  private readonly seconds: Histogram<'method' | 'route' | 'status'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.seconds = httpRequestMetric(registry);
  }

  use(req: Request, res: Response, next: NextFunction) {
    const path = req.originalUrl.split('?')[0];
    if (!UNTIMED.has(path)) {
      const stop = this.seconds.startTimer();
      // route patterns, not paths, keep the label set small; a request no route matched is 'unmatched'
      res.on('finish', () => stop({ method: req.method, route: (req.route as { path?: string } | undefined)?.path ?? 'unmatched', status: String(res.statusCode) }));
    }
    next();
  }
}
