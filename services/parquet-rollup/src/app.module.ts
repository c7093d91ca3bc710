import { type DynamicModule, Module } from '@nestjs/common';
import { ObservabilityModule } from '@i94/observability';
import { CONFIG, SERVICE_NAME, type ParquetRollupConfig } from './config';

/** parquet-rollup: rolls enriched records into hourly Parquet files on S3. */
@Module({})
export class AppModule {
  static forConfig(config: ParquetRollupConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ObservabilityModule.forService({ service: SERVICE_NAME })],
      providers: [{ provide: CONFIG, useValue: config }],
    };
  }
}
