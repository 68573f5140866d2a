import * as assert from 'node:assert/strict';
import { nestedInstallEnv } from '../../../scripts/lib/install-env.mjs';

// What `npm test` on the machine's Node 20 exports to its children (npm 11), as seen on this machine.
const OUTER: Record<string, string> = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: '/home/learner',
  INIT_CWD: '/work/repo',
  NODE: '/usr/bin/node',
  npm_command: 'test',
  npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
  npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
  npm_config_nodedir: '/usr',
  npm_config_npm_version: '11.19.1',
  npm_config_prefix: '/usr',
  npm_config_global_prefix: '/usr',
  npm_config_local_prefix: '/work/repo',
  npm_config_cache: '/tmp/empty-npm-cache',
  npm_config_userconfig: '/home/learner/.npmrc',
  npm_config_globalconfig: '/usr/etc/npmrc',
  npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
  'npm_config_@corp:registry': 'https://npm.corp.example/',
  npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
  npm_node_execpath: '/usr/bin/node',
  npm_lifecycle_event: 'test',
  npm_package_json: '/work/repo/package.json',
};

describe('nested install environment (issue 9: code-server under npm test)', () => {
  const env = nestedInstallEnv(OUTER, '/cache/node24/bin');

  it('drops everything that describes the outer npm and its Node 20', () => {
    for (const k of ['npm_config_user_agent', 'npm_config_node_gyp', 'npm_config_nodedir', 'npm_config_npm_version', 'npm_config_prefix',
      'npm_config_global_prefix', 'npm_config_local_prefix', 'npm_execpath', 'npm_node_execpath', 'npm_lifecycle_event', 'npm_package_json',
      'npm_command', 'NODE', 'INIT_CWD']) {
      assert.equal(env[k], undefined, k);
    }
    assert.ok(!Object.values(env).some((v) => v.includes('node/v20')));
  });

  it("keeps the user's own settings of where and how to fetch", () => {
    assert.equal(env.npm_config_cache, '/tmp/empty-npm-cache');
    assert.equal(env.npm_config_userconfig, '/home/learner/.npmrc');
    assert.equal(env.npm_config_globalconfig, '/usr/etc/npmrc');
    assert.equal(env.npm_config_cafile, '/etc/ssl/certs/ca-certificates.crt');
    assert.equal(env['npm_config_@corp:registry'], 'https://npm.corp.example/');
    assert.equal(env.HOME, '/home/learner');
  });

  it('puts the Node that runs the install first on PATH', () => {
    assert.equal(env.PATH, '/cache/node24/bin:/usr/local/bin:/usr/bin:/bin');
    assert.equal(nestedInstallEnv({}, '/n/bin').PATH, '/n/bin');
  });
});
