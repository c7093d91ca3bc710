import { ConfluentSchemaRegistryValidationError } from '@kafkajs/confluent-schema-registry/dist/errors';
import { RegistryUnavailableError } from '../errors';
import { encodeError, SchemaRejectedError } from './dimension-errors';

const responseError = (status: number) => Object.assign(new Error(`Confluent_Schema_Registry - Error, status ${status}`), { status });

describe('encodeError', () => {
  const context = { topic: 'i94.dim.ports.v1', code: 'HHW' };

  it.each([
    // the registry client reports a refused connection as 400
    ['a refused connection', responseError(400), RegistryUnavailableError, true],
    ['a 503', responseError(503), RegistryUnavailableError, true],
    ['no response at all', new Error('socket hang up'), RegistryUnavailableError, true],
    ['an incompatible schema (409)', responseError(409), SchemaRejectedError, false],
    ['an invalid schema (422)', responseError(422), SchemaRejectedError, false],
    ['a value that does not fit', new ConfluentSchemaRegistryValidationError(new Error('invalid payload'), [['name']]), SchemaRejectedError, false],
  ])('%s becomes %p', (_what, error, expectedClass, retriable) => {
    const result = encodeError(error, context);
    expect(result).toBeInstanceOf(expectedClass);
    expect(result).toMatchObject({ retriable, context, cause: error });
  });
});
