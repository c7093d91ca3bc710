import { type DynamicModule, Module } from '@nestjs/common';
import { ObservabilityModule } from '@i94/observability';
import { CONFIG, SERVICE_NAME, type QueryApiConfig } from './config';

/** query-api: serves the state/month aggregates and arrivals from Cassandra, and the dashboard. */
@Module({})
export class AppModule {
  static forConfig(config: QueryApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ObservabilityModule.forService({ service: SERVICE_NAME })],
      providers: [{ provide: CONFIG, useValue: config }],
    };
  }
}
