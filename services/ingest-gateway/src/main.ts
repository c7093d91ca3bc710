import 'reflect-metadata';
import { bootstrapService, loadOrExit } from '@i94/observability';
import { AppModule } from './app.module';
import { loadServiceConfig, SERVICE_NAME } from './config';
import { mountOpenApi } from './http/openapi';

const config = loadOrExit(() => loadServiceConfig());
void bootstrapService(AppModule.forConfig(config), { service: SERVICE_NAME, port: config.PORT, host: config.HOST, bodyParser: false, configure: mountOpenApi });
