import { z } from 'zod';
import { ConfigError, httpEnv, kafkaEnv, loadConfig, s3Env } from './index';

const schema = z.object({ ...httpEnv(3001), ...kafkaEnv, ...s3Env });

describe('loadConfig', () => {
  it('applies the local-stack defaults to an empty environment', () => {
    const config = loadConfig('test', schema, {});
    expect(config.PORT).toBe(3001);
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
    expect(config.S3_FORCE_PATH_STYLE).toBe(true);
  });

  it('parses values given as strings', () => {
    const config = loadConfig('test', schema, { PORT: '4000', KAFKA_BROKERS: 'a:1, b:2', S3_FORCE_PATH_STYLE: 'no' });
    expect(config).toMatchObject({ PORT: 4000, KAFKA_BROKERS: ['a:1', 'b:2'], S3_FORCE_PATH_STYLE: false });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ KAFKA_BROKERS: 'localhost' }, 'KAFKA_BROKERS'],
    [{ S3_BUCKET: 'Bad_Bucket' }, 'S3_BUCKET'],
    [{ S3_ENDPOINT: 'not a url' }, 'S3_ENDPOINT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadConfig('svc', schema, env)).toThrow(ConfigError);
    try {
      loadConfig('svc', schema, env);
    } catch (error) {
      expect((error as ConfigError).message).toContain(`Invalid configuration for svc`);
      expect((error as ConfigError).problems.map((p) => p.variable)).toEqual([variable]);
    }
  });

  it('reports every problem at once', () => {
    expect(() => loadConfig('svc', schema, { PORT: 'x', S3_BUCKET: 'X' })).toThrow(/PORT[\s\S]*S3_BUCKET/);
  });
});
