// The environment for a nested `npm install` run by a different Node than the outer npm's.
// Pure: no I/O, so the unit tests can check it.
//
// An npm script (`npm test`, `npm start`, `npm run bench`) exports variables that describe the npm and
// the Node running it: npm_config_user_agent ("npm/11 node/v20 ..."), npm_config_node_gyp,
// npm_config_nodedir, npm_config_prefix, npm_lifecycle_*, npm_package_*, NODE, INIT_CWD... A child
// `npm install` inherits them, and code-server's postinstall.sh reads the Node version from the user
// agent, so it refuses to install even with Node 24 first on PATH. The nested install gets an
// environment that describes the Node that really runs it: every npm_* variable is dropped, except the
// user's own settings of where and how to fetch (cache, config files, registry, certificates, proxies).

/** npm_config_* keys that are the user's settings, not a description of the outer npm process. */
const KEEP = new Set([
  'cache', 'userconfig', 'globalconfig', 'cafile', 'ca', 'cert', 'key', 'strict_ssl', 'registry',
  'proxy', 'https_proxy', 'noproxy', 'fetch_retries', 'fetch_retry_mintimeout', 'fetch_retry_maxtimeout',
  'fetch_timeout', 'prefer_offline', 'offline',
]);

/**
 * @param {Record<string, string | undefined>} env the outer environment
 * @param {string} nodeBinDir folder of the Node that runs the nested npm (put first on PATH)
 * @returns {Record<string, string>}
 */
export function nestedInstallEnv(env, nodeBinDir) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    const lower = k.toLowerCase();
    if (lower === 'node' || lower === 'init_cwd') continue;
    if (lower.startsWith('npm_')) {
      const m = /^npm_config_(.+)$/.exec(lower);
      const name = m?.[1];
      const keep = name !== undefined && (KEEP.has(name) || name.endsWith(':registry') || name.endsWith('_auth') || name.endsWith('_authtoken'));
      if (!keep) continue;
    }
    out[k] = v;
  }
  out.PATH = env.PATH ? `${nodeBinDir}:${env.PATH}` : nodeBinDir;
  return out;
}
