import type { CheckCases } from '../../cases';
import { REFERENCE, UV, ci, edit, fullCases } from './examples';

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'branch lists with quotes and a merge queue', files: ci(edit(REFERENCE, 'on:\n  push:\n    branches: [main]\n  pull_request:\n    branches: [main]\n', "on:\n  push:\n    branches: ['main']\n  pull_request:\n    branches: ['main', 'release/**']\n  merge_group:\n")) },
    { name: 'pull_request without a branch filter, push to main and tags', files: ci(edit(UV, 'on:\n  pull_request:\n    branches: [main]\n  push:\n    branches: [main]\n', "on:\n  pull_request:\n  push:\n    branches: [main]\n    tags: ['v*']\n")) },
  ],
  invalid: [
    { name: 'push only: pull requests are never tested', files: ci(edit(REFERENCE, '  pull_request:\n    branches: [main]\n', '')), lines: [3] },
    { name: 'on: [push, pull_request] runs twice for every PR commit', files: ci(edit(REFERENCE, 'on:\n  push:\n    branches: [main]\n  pull_request:\n    branches: [main]\n', 'on: [push, pull_request]\n')), lines: [3] },
    { name: 'pull_request_target instead of pull_request', files: ci(edit(REFERENCE, '  pull_request:\n', '  pull_request_target:\n')), lines: [3] },
    { name: "push on branches: ['**'] is every branch", files: ci(edit(REFERENCE, 'push:\n    branches: [main]', "push:\n    branches: ['**']")), lines: [4] },
    { name: 'push limited to develop', files: ci(edit(REFERENCE, 'push:\n    branches: [main]', 'push:\n    branches: [develop]')), lines: [4] },
  ],
};
