import { readFileSync } from 'node:fs';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { Parser, fromFile } from '@asyncapi/parser';
import { DIMENSION_TOPIC_SPECS, topicSpecs } from '@i94/kafka';
import { CATALOG_PATH, renderCatalog } from './catalog-file';

const ERROR = 0;
const WARNING = 1;

describe('docs/asyncapi.yaml', () => {
  it('is what `npm run asyncapi:generate` writes from the code (run it after changing a topic, a header or a schema)', () => {
    expect(readFileSync(CATALOG_PATH, 'utf8')).toBe(renderCatalog());
  });

  it('is a valid AsyncAPI document whose Avro schemas all resolve and parse', async () => {
    const parser = new Parser();
    parser.registerSchemaParser(AvroSchemaParser());
    const { document, diagnostics } = await fromFile(parser, CATALOG_PATH).parse();
    expect(diagnostics.filter((d) => d.severity === ERROR || d.severity === WARNING).map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`)).toEqual([]);
    const addresses = document!.channels().all().map((c) => c.address());
    const expected = [...topicSpecs(), ...DIMENSION_TOPIC_SPECS].map((s) => `{namespace}${s.name}`);
    expect(addresses.sort()).toEqual(expected.sort());
    for (const m of document!.messages().all()) expect(m.payload()?.schemaFormat()).toBe('application/vnd.apache.avro;version=1.9.0');
  }, 60_000);
});
