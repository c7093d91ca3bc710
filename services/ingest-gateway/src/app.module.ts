import { type DynamicModule, Module } from '@nestjs/common';
import { ObservabilityModule } from '@i94/observability';
import { CONFIG, SERVICE_NAME, type IngestGatewayConfig } from './config';

/** ingest-gateway: accepts producers' daily feeds over HTTP, validates them and produces Avro records to Kafka. */
@Module({})
export class AppModule {
  static forConfig(config: IngestGatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ObservabilityModule.forService({ service: SERVICE_NAME })],
      providers: [{ provide: CONFIG, useValue: config }],
    };
  }
}
