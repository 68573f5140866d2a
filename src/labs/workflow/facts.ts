// Facts about actions that change over time, kept as data with the date they were checked and where.
// Update an entry by re-reading its source; never edit a number without changing `verifiedOn` and `source`.

export interface ActionFact {
  /** First major version whose action.yml runs on Node.js 24 by default. Older majors target Node 20 or older. */
  node24Major: number;
  /** The major the reference solution uses and quick fixes suggest (a Node 24 major that exists on `verifiedOn`). */
  suggestMajor: number;
  verifiedOn: string;
  source: string;
}

/** GitHub deprecated the Node.js 20 runtime for actions; from June 2026 runners run such actions on Node.js 24. */
export const NODE20_DEPRECATION = {
  verifiedOn: '2026-12-01',
  source: 'https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/',
  /** What runners print for an old major today (quoted in many public run logs). */
  summary: 'Node.js 20 is deprecated; actions that target it are forced to run on Node.js 24',
} as const;

export const ACTION_FACTS: Readonly<Record<string, ActionFact>> = {
  'actions/checkout': {
    node24Major: 5,
    suggestMajor: 6,
    verifiedOn: '2026-12-01',
    source: 'https://github.com/actions/checkout/commit/ff7abcd (README: "Checkout V5 ... Updated to the node24 runtime"); v6.0.2 released 2026-01-09',
  },
  'actions/setup-python': {
    node24Major: 6,
    suggestMajor: 6,
    verifiedOn: '2026-12-01',
    source: 'https://github.com/actions/setup-python/releases/tag/v6.0.0 ("Breaking Changes: Upgrade to node 24")',
  },
  'actions/cache': {
    node24Major: 5,
    suggestMajor: 5,
    verifiedOn: '2026-12-01',
    source: 'https://github.com/actions/cache/releases/tag/v5.0.0 ("actions/cache@v5 runs on the Node.js 24 runtime")',
  },
  'actions/upload-artifact': {
    node24Major: 6,
    suggestMajor: 6,
    verifiedOn: '2026-12-01',
    source: 'https://github.com/actions/upload-artifact/releases/tag/v6.0.0 ("v5 had preliminary support for Node.js 24, however ... still running on Node.js 20")',
  },
  'actions/download-artifact': {
    node24Major: 7,
    suggestMajor: 7,
    verifiedOn: '2026-12-01',
    source: 'https://github.com/actions/download-artifact/releases/tag/v7.0.0 ("v6 had preliminary support for Node 24, however ... still running on Node.js 20")',
  },
  'docker/login-action': {
    node24Major: 4,
    suggestMajor: 4,
    verifiedOn: '2026-12-01',
    source: 'https://github.com/docker/login-action/releases/tag/v4.0.0 ("Node 24 as default runtime")',
  },
  'docker/setup-buildx-action': {
    node24Major: 4,
    suggestMajor: 4,
    verifiedOn: '2026-12-01',
    source: 'https://github.com/docker/setup-buildx-action/releases/tag/v4.0.0 (commit a8257de "node 24 as default runtime")',
  },
  'docker/metadata-action': {
    node24Major: 6,
    suggestMajor: 6,
    verifiedOn: '2026-12-01',
    source: 'https://github.com/docker/metadata-action/releases/tag/v6.0.0 ("Node 24 as default runtime")',
  },
  'docker/build-push-action': {
    node24Major: 7,
    suggestMajor: 7,
    verifiedOn: '2026-12-01',
    source: 'https://github.com/docker/build-push-action/releases/tag/v7.0.0 ("Node 24 as default runtime", PR #1470)',
  },
};
