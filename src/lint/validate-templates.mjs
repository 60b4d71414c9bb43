// Validates the element templates in processes/.camunda/element-templates against the element templates schema.
import { validateAll } from '@bpmn-io/element-templates-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = new URL('../../processes/.camunda/element-templates/', import.meta.url).pathname;
let failed = false;
for (const file of readdirSync(folder).filter(f => f.endsWith('.json'))) {
  const templates = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  const { valid, results } = validateAll(templates);
  for (const result of results.filter(r => !r.valid)) {
    failed = true;
    for (const error of result.errors) {
      console.error(`${file}: ${result.object.id || result.object.name}: ${error.message} (${error.dataPointer || ''})`);
    }
  }
  console.log(`${file}: ${templates.length} templates, ${valid ? 'valid' : 'INVALID'}`);
}
process.exit(failed ? 1 : 0);
