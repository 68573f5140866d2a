// First step of `npm test` and `npm start`: stop with a clear message on a Node this project does not support
// (package.json "engines.node"), before anything fails in a way that does not say why.
import { readFileSync } from 'node:fs';
import { unsupportedNodeMessage } from './lib/node-version.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const message = unsupportedNodeMessage(process.versions.node, pkg.engines.node);
if (message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}
