import { BrokerUnavailableError, RegistryUnavailableError } from '@i94/kafka';
import { asPlatformError } from './kafka-errors';

/** What @kafkajs/confluent-schema-registry throws for an HTTP failure (mappersmith: 400 when nothing answered). */
const registryResponse = (status: number) => Object.assign(new Error(`Confluent_Schema_Registry - Error, status ${status}`), { name: 'ResponseError', status });

describe('asPlatformError', () => {
  it('makes a registry that could not be reached, timed out or failed retriable (503)', () => {
    for (const status of [400, 408, 429, 500, 503]) expect(asPlatformError(registryResponse(status), 't')).toBeInstanceOf(RegistryUnavailableError);
  });

  it('leaves the registry refusing our request as it is (500)', () => {
    for (const status of [401, 403, 404, 409, 422]) expect(asPlatformError(registryResponse(status), 't')).not.toBeInstanceOf(RegistryUnavailableError);
  });

  it('makes a kafkajs failure a broker outage and leaves anything else alone', () => {
    expect(asPlatformError(Object.assign(new Error('x'), { name: 'KafkaJSConnectionError' }), 't')).toBeInstanceOf(BrokerUnavailableError);
    const bug = new TypeError('undefined is not a function');
    expect(asPlatformError(bug, 't')).toBe(bug);
  });
});
