// ci.valid-workflow: GitHub's own parser accepts the file (run by ../parse.ts; this module holds the definition).
import type { CheckDefinition } from '../../types';

export const definition: CheckDefinition = {
  id: 'ci.valid-workflow',
  title: 'Workflow is valid',
  scope: 'general',
  why:
    'GitHub silently ignores a workflow file it cannot parse: no run starts, and a broken pipeline looks exactly like a quiet one. ' +
    'Catching YAML and schema errors in the editor is far cheaper than discovering after a merge that nothing was tested.',
  lesson: 'ci-cd-for-ml',
  hints: [
    'Look at the first error in the Problems panel; later errors are often caused by the first one.',
    'YAML is indentation-sensitive: use spaces, never tabs, and keep sibling keys at the same column.',
    'A workflow needs a top-level `on:` (the events) and a `jobs:` mapping; every job needs `runs-on:` and `steps:`.',
  ],
};
