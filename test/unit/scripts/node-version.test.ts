import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satisfies, unsupportedNodeMessage } from '../../../scripts/lib/node-version.mjs';

const root = join(__dirname, '..', '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };

describe('supported Node versions', () => {
  it('reads the ranges npm packages write', () => {
    const cases: Array<[string, string, boolean]> = [
      ['20.20.2', '>=20.19.0', true], ['20.18.3', '>=20.19.0', false], ['24.1.0', '>=20.19.0', true],
      ['20.20.2', '>= 22', false], ['22.0.0', '>= 22', true],
      ['20.20.2', '^18.18.0 || ^20.9.0 || >=21.1.0', true], ['21.0.0', '^18.18.0 || ^20.9.0 || >=21.1.0', false],
      ['20.20.2', '18 || 20 || >=22', true], ['21.5.0', '18 || 20 || >=22', false],
      ['20.20.2', '6.* || 8.* || >= 10.*', true], ['9.0.0', '6.* || 8.* || >= 10.*', false],
      ['0.6.20', '>=0.6.11 <=0.7.0 || >=0.7.3', true], ['0.7.1', '>=0.6.11 <=0.7.0 || >=0.7.3', false],
      ['20.20.2', '>=16 || 14 >=14.17', true], ['14.16.0', '>=16 || 14 >=14.17', false],
      ['20.20.2', '*', true], ['20.20.2', '~20.20.0', true], ['20.21.0', '~20.20.0', false], ['0.3.9', '^0.3.1', true], ['0.4.0', '^0.3.1', false],
    ];
    for (const [v, range, ok] of cases) assert.equal(satisfies(v, range), ok, `${v} in ${range}`);
  });

  it('every locked dependency supports the oldest Node package.json allows (no engine warnings on npm ci)', () => {
    const oldest = /^>=(\d+\.\d+\.\d+)$/.exec(pkg.engines.node)?.[1];
    assert.ok(oldest, `engines.node is a lower bound: ${pkg.engines.node}`);
    const refusing: string[] = [];
    for (const [path, info] of Object.entries(lock.packages)) {
      const range = !Array.isArray(info.engines) ? info.engines?.node : undefined;
      if (!path || !range) continue;
      for (const v of [oldest, '22.12.0', '24.0.0']) if (!satisfies(v, range)) refusing.push(`${path}@${info.version} needs Node ${range} (not ${v})`);
    }
    assert.deepEqual(refusing, []);
    assert.ok(satisfies(oldest, lock.packages['node_modules/mocha'].engines && !Array.isArray(lock.packages['node_modules/mocha'].engines) ? lock.packages['node_modules/mocha'].engines.node! : '*'));
  });

  it('an unsupported Node gets a message naming both versions; a supported one none', () => {
    const msg = unsupportedNodeMessage('18.20.4', pkg.engines.node);
    assert.ok(msg);
    assert.match(msg, /needs Node >=20\.19\.0; this is Node 18\.20\.4/);
    assert.equal(unsupportedNodeMessage(process.versions.node, pkg.engines.node), undefined, 'the Node running the tests is supported');
  });

  it('the README says which Node to use', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.match(readme, /Node 20\.19 or later/);
  });
});
