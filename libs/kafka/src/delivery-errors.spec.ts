import { ConfluentSchemaRegistryValidationError } from '@kafkajs/confluent-schema-registry/dist/errors';
import { classifyDeliveryError, classifyKafkaError, classifyRegistryError, PartitionLostError, ProducerSequenceError, RecordTooLargeError, SchemaRejectedError } from './delivery-errors';
import { BrokerUnavailableError, DecodeError, RegistryUnavailableError } from './errors';

/** A kafkajs protocol error as the broker's answer arrives: the code on the error, or inside kafkajs's retry wrapper. */
const protocol = (code: number) => Object.assign(new Error(`broker answered ${code}`), { name: 'KafkaJSProtocolError', code });
const wrapped = (cause: Error) => Object.assign(new Error('retries exceeded'), { name: 'KafkaJSNumberOfRetriesExceeded', cause });
const registry = (status: number) => Object.assign(new Error(`Confluent_Schema_Registry - Error, status ${status}`), { name: 'ResponseError', status });

describe('classifyKafkaError', () => {
  it.each([
    ['MESSAGE_TOO_LARGE', protocol(10), RecordTooLargeError, false],
    ['RECORD_LIST_TOO_LARGE inside the retry wrapper', wrapped(protocol(18)), RecordTooLargeError, false],
    ['PRODUCER_FENCED', protocol(90), PartitionLostError, false],
    ['INVALID_PRODUCER_EPOCH', wrapped(protocol(47)), PartitionLostError, false],
    ['UNKNOWN_MEMBER_ID', protocol(25), PartitionLostError, false],
    ['OUT_OF_ORDER_SEQUENCE_NUMBER', protocol(45), ProducerSequenceError, true],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { name: 'KafkaJSConnectionError', code: 'ECONNREFUSED' }), BrokerUnavailableError, true],
    ['NOT_LEADER_OR_FOLLOWER', protocol(6), BrokerUnavailableError, true],
  ])('%s becomes %p', (_what, error, expected, retriable) => {
    const result = classifyKafkaError(error, { topic: 't' });
    expect(result).toBeInstanceOf(expected);
    expect(result).toMatchObject({ retriable, context: { topic: 't' } });
  });

  it('leaves anything that is not from kafkajs alone (a bug)', () => {
    const bug = new TypeError('x is undefined');
    expect(classifyKafkaError(bug)).toBe(bug);
  });
});

describe('classifyRegistryError and classifyDeliveryError', () => {
  it.each([
    ['encode', registry(400), RegistryUnavailableError],
    ['encode', registry(503), RegistryUnavailableError],
    ['encode', registry(404), SchemaRejectedError],
    ['encode', registry(409), SchemaRejectedError],
    ['encode', new ConfluentSchemaRegistryValidationError(new Error('invalid payload'), [['name']]), SchemaRejectedError],
    ['decode', registry(404), DecodeError],
    ['decode', registry(503), RegistryUnavailableError],
    ['decode', new Error('truncated buffer'), DecodeError],
  ] as const)('%s: %p becomes %p', (operation, error, expected) => {
    expect(classifyRegistryError(error, operation)).toBeInstanceOf(expected);
  });

  it('sends a produce failure to the Kafka rules, a registry failure to the registry rules, and a bug through', () => {
    expect(classifyDeliveryError(protocol(10))).toBeInstanceOf(RecordTooLargeError);
    expect(classifyDeliveryError(registry(500))).toBeInstanceOf(RegistryUnavailableError);
    const bug = new RangeError('bad');
    expect(classifyDeliveryError(bug)).toBe(bug);
  });
});
