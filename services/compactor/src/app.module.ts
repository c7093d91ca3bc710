import { type DynamicModule, Module } from '@nestjs/common';
import { ObservabilityModule } from '@i94/observability';
import { CONFIG, SERVICE_NAME, type CompactorConfig } from './config';

/** compactor: merges hourly Parquet files and builds the state/month aggregates. */
@Module({})
export class AppModule {
  static forConfig(config: CompactorConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ObservabilityModule.forService({ service: SERVICE_NAME })],
      providers: [{ provide: CONFIG, useValue: config }],
    };
  }
}
