import { writeFileSync } from 'node:fs';
import { CATALOG_PATH, renderCatalog } from './catalog-file';

// Writes docs/asyncapi.yaml; tools/catalog/src/asyncapi.spec.ts fails when it differs from the code.
writeFileSync(CATALOG_PATH, renderCatalog());
console.log(`wrote ${CATALOG_PATH}`);
