import type { CheckCases } from '../../cases';
import { REFERENCE, ci, edit, fullCases } from './examples';

const SHOW = 'run: echo "$COMMIT_MSG"';

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'trusted expressions: the SHA, a matrix value, the PR number', files: ci(edit(REFERENCE, SHOW, 'run: echo "${{ github.sha }} ${{ github.event.pull_request.number }} $COMMIT_MSG"')) },
    { name: 'a workflow_dispatch input (only people with write access can start it)', files: ci(edit(edit(REFERENCE, '  pull_request:\n    branches: [main]\n', '  pull_request:\n    branches: [main]\n  workflow_dispatch:\n    inputs:\n      note:\n        type: string\n'), SHOW, 'run: echo "${{ github.event.inputs.note }} $COMMIT_MSG"')) },
    { name: 'untrusted text passed through env', files: ci(edit(REFERENCE, 'COMMIT_MSG: ${{ github.event.head_commit.message }}', 'COMMIT_MSG: ${{ github.event.pull_request.title }}')) },
  ],
  invalid: [
    { name: 'commit message pasted into run', files: ci(edit(REFERENCE, SHOW, 'run: echo "${{ github.event.head_commit.message }}"')), lines: [54] },
    { name: 'PR title in a block script', files: ci(edit(REFERENCE, '      - name: Lint\n        run: ruff check .\n', '      - name: Lint\n        run: |\n          echo "checking"\n          echo "${{ github.event.pull_request.title }}"\n          ruff check .\n')), lines: [27] },
    { name: 'branch name of a pull request', files: ci(edit(REFERENCE, SHOW, 'run: git checkout ${{ github.head_ref }}')), lines: [54] },
  ],
};
