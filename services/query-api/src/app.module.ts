import { type DynamicModule, Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { type Client } from 'cassandra-driver';
import { API_KEY_ENTRIES, ApiKeyGuard, rateLimitProviders } from '@i94/auth';
import { ArrivalRepository, asSinkError, cassandraReadiness, createCassandraClient, StateMonthRepository } from '@i94/cassandra';
import { ObservabilityModule, RetriableErrorInterceptor } from '@i94/observability';
import { AggregatesController } from './adapters/aggregates.controller';
import { ArrivalsController } from './adapters/arrivals.controller';
import { CONFIG, type QueryApiConfig, SERVICE_NAME } from './config';
import { DashboardController } from './dashboard/dashboard.controller';

const CASSANDRA = Symbol('Cassandra');

/** query-api: serves the state/month aggregates and arrivals from Cassandra, and the dashboard. */
@Module({})
export class AppModule implements OnApplicationShutdown {
  constructor(@Inject(CASSANDRA) private readonly cassandra: Client) {}

  static forConfig(config: QueryApiConfig): DynamicModule {
    const cassandra = createCassandraClient({ contactPoints: config.CASSANDRA_CONTACT_POINTS, localDataCenter: config.CASSANDRA_LOCAL_DC });
    return {
      module: AppModule,
      imports: [ObservabilityModule.forService({ service: SERVICE_NAME, readinessChecks: [cassandraReadiness(cassandra)] })],
      controllers: [AggregatesController, ArrivalsController, DashboardController],
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: CASSANDRA, useValue: cassandra },
        { provide: StateMonthRepository, useValue: new StateMonthRepository(cassandra, config.CASSANDRA_KEYSPACE) },
        { provide: ArrivalRepository, useValue: new ArrivalRepository(cassandra, config.CASSANDRA_KEYSPACE) },
        { provide: API_KEY_ENTRIES, useValue: config.API_KEYS },
        ApiKeyGuard,
        // Cassandra down or timing out: 503 with Retry-After, not 500
        { provide: APP_INTERCEPTOR, useValue: new RetriableErrorInterceptor(asSinkError) },
        ...rateLimitProviders(config.RATE_LIMIT_PER_SECOND),
      ],
    };
  }

  onApplicationShutdown() {
    return this.cassandra.shutdown();
  }
}
