// Validates SARIF files against the SARIF 2.1.0 schema vendored in test/fixtures/sarif (see its README), as the
// unit tests do: `node scripts/validate-sarif.mjs results.sarif [...]`. Exit 0 when all are valid, 1 otherwise.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node scripts/validate-sarif.mjs <file.sarif>...');
  process.exit(2);
}
// unicodeRegExp off: the schema's `language` pattern has a stray ']' that JavaScript rejects only under the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(new URL('../test/fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')));
let bad = 0;
for (const file of files) {
  const log = JSON.parse(readFileSync(file, 'utf8'));
  if (validate(log)) {
    const runs = log.runs ?? [];
    console.log(`${file}: valid SARIF 2.1.0 (${runs.length} run(s), ${runs.reduce((n, r) => n + (r.tool?.driver?.rules?.length ?? 0), 0)} rules, ${runs.reduce((n, r) => n + (r.results?.length ?? 0), 0)} results)`);
  } else {
    bad++;
    for (const e of validate.errors ?? []) console.error(`${file}: ${e.instancePath || '/'} ${e.message}`);
  }
}
process.exit(bad ? 1 : 0);
