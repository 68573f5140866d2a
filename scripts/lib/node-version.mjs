// Which Node versions a package.json `engines.node` range allows: the subset of semver ranges npm packages use
// (`>=20.19.0`, `^20.9.0 || >=21.1.0`, `>= 14.6`, `18 || 20 || >=22`, `6.* || 8.* || >= 10.*`, `>=0.6.11 <=0.7.0`).
// No dependencies: it runs before anything else, on whatever Node the learner has.

/** [major, minor, patch]; missing or wildcard parts are null. */
function parts(v) {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?/.exec(v.trim());
  if (!m) return undefined;
  return [m[1], m[2], m[3]].map((p) => (p === undefined || /[xX*]/.test(p) ? null : Number(p)));
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0) ? -1 : 1;
  return 0;
}

/** Does `version` (e.g. "20.20.2") satisfy one comparator ("^20.9.0", ">= 14", "18", "6.*")? */
function satisfiesComparator(version, comparator) {
  const m = /^(>=|<=|>|<|=|\^|~)?\s*(.+)$/.exec(comparator.trim());
  if (!m) return false;
  const [, op = '', rest] = m;
  if (/^[xX*]$/.test(rest)) return true;
  const want = parts(rest);
  if (!want) return false;
  const c = compare(version, want);
  switch (op) {
    case '>=': return c >= 0;
    case '>': return c > 0;
    case '<=': return c <= 0;
    case '<': return c < 0;
    case '^': {
      const lead = want[0] !== 0 ? 0 : want[1] !== 0 && want[1] !== null ? 1 : 2;
      return c >= 0 && want.slice(0, lead + 1).every((p, i) => p === null || version[i] === p);
    }
    case '~': return c >= 0 && version[0] === want[0] && (want[1] === null || version[1] === want[1]);
    default: return want.every((p, i) => p === null || version[i] === p);
  }
}

/** Does `version` satisfy `range` (comparator sets joined by `||`, comparators in a set by spaces)? */
export function satisfies(version, range) {
  const v = parts(version);
  if (!v || v.includes(null)) return false;
  return range.split('||').some((set) => {
    // ">= 14.6" is one comparator: glue an operator to the version after it.
    const comparators = set.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).filter(Boolean);
    return comparators.length === 0 || comparators.every((c) => satisfiesComparator(v, c));
  });
}

/** The message for an unsupported Node, or undefined when `version` is supported. */
export function unsupportedNodeMessage(version, range) {
  if (satisfies(version, range)) return undefined;
  return [
    `MLOps Lab needs Node ${range}; this is Node ${version}.`,
    'Install a supported Node (the current LTS releases work: 20.19 or later, 22, 24), then run `npm ci` again.',
    'With nvm: `nvm install 22 && nvm use 22`.',
  ].join('\n');
}
