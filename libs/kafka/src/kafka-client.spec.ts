import { Partitioners } from 'kafkajs';
import { createKafka } from './kafka-client';

describe('createKafka', () => {
  it("passes kafkajs's warnings on, except those about choices the platform made on purpose", () => {
    const lines: string[] = [];
    const kafka = createKafka({ brokers: ['127.0.0.1:1'], clientId: 'spec', log: (level, message) => lines.push(`${level} ${message}`) });
    // what kafkajs says when the idempotent producer's retries are bounded, as producer.ts bounds them
    kafka.producer({ idempotent: true, retry: { retries: 2 }, createPartitioner: Partitioners.DefaultPartitioner });
    kafka.logger().warn('a warning nobody chose');
    expect(lines).toEqual(['warn a warning nobody chose']);
  });
});
