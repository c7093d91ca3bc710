import { type Command } from 'commander';
import { AvroSerde } from '@i94/avro';
import { referenceDimensionEntries } from '@i94/dimensions';
import { createKafka, namespacedDimensionTopic, publishDimensions } from '@i94/kafka';
import { type CliIo, findUp, platformEnv, readReferenceFiles } from '@i94/command-line';

/** `i94 dims load`: publishes the reference files' dimensions; unchanged records are not published again. */
export function registerDimsLoad(program: Command, io: CliIo): void {
  const dims = program.command('dims').description('dimension topics (i94.dim.*)');
  dims
    .command('load')
    .description('parse the reference files and publish each dimension to its compacted topic; re-running unchanged files publishes nothing')
    .option('--dir <dir>', 'directory of the reference files (default data/reference of the repository)')
    .option('--json', 'print the counts as JSON')
    .action(async (flags: { dir?: string; json?: boolean }) => {
      const dir = flags.dir ?? findUp('data/reference');
      if (!dir) throw new Error('cannot find data/reference; pass --dir');
      const env = platformEnv();
      const entries = referenceDimensionEntries(readReferenceFiles(dir));
      const kafka = createKafka({ brokers: env.KAFKA_BROKERS, clientId: 'i94-cli' });
      const result = await publishDimensions(kafka, AvroSerde.forUrl(env.SCHEMA_REGISTRY_URL), entries, { topicFor: namespacedDimensionTopic(env.TOPIC_NAMESPACE) });
      if (flags.json) io.out(`${JSON.stringify(result)}\n`);
      else io.out(`dimensions from ${dir}: published ${result.published}, unchanged ${result.unchanged}, deleted ${result.deleted}\n`);
    });
}
