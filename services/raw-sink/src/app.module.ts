import { type DynamicModule, Module } from '@nestjs/common';
import { ObservabilityModule } from '@i94/observability';
import { CONFIG, SERVICE_NAME, type RawSinkConfig } from './config';

/** raw-sink: writes every raw arrival to Cassandra, idempotently. */
@Module({})
export class AppModule {
  static forConfig(config: RawSinkConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ObservabilityModule.forService({ service: SERVICE_NAME })],
      providers: [{ provide: CONFIG, useValue: config }],
    };
  }
}
