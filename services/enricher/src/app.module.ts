import { type DynamicModule, Module } from '@nestjs/common';
import { ObservabilityModule } from '@i94/observability';
import { CONFIG, SERVICE_NAME, type EnricherConfig } from './config';

/** enricher: decodes raw arrivals against the dimension caches and produces enriched records. */
@Module({})
export class AppModule {
  static forConfig(config: EnricherConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ObservabilityModule.forService({ service: SERVICE_NAME })],
      providers: [{ provide: CONFIG, useValue: config }],
    };
  }
}
