// `node scripts/learner-readme.mjs` (part of `npm run package`): writes README.vsix.md, see lib/learner-readme.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTPUT, SOURCE, vsixReadme } from './lib/learner-readme.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const url = process.env.MLOPS_LAB_IMAGES_URL || undefined;
writeFileSync(join(root, OUTPUT), vsixReadme(readFileSync(join(root, SOURCE), 'utf8'), url));
console.log(`${OUTPUT}: ${SOURCE} ${url ? `with its images from ${url}` : 'without its screenshots (no https location for them: set MLOPS_LAB_IMAGES_URL)'}`);
