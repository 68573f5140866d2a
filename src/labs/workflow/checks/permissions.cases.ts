import type { CheckCases } from '../../cases';
import { REFERENCE, UV, ci, edit, fullCases } from './examples';

export const cases: CheckCases = {
  valid: [
    ...fullCases(),
    { name: 'logging in to ghcr.io only to pull a base image needs no packages: write', files: ci(edit(REFERENCE, '    permissions:\n      contents: read\n      packages: write\n', '    permissions:\n      contents: read\n      packages: read\n').replace("          push: ${{ github.ref == 'refs/heads/main' }}\n", '          push: false\n')) },
    { name: 'no top-level block, every job declares its own', files: ci(edit(UV, 'permissions:\n  contents: read\n\nenv:', 'env:').replace(/    runs-on: ubuntu-24.04\n    timeout-minutes: (5|10|45)\n/g, (m) => `${m}    permissions:\n      contents: read\n`)) },
    { name: 'read-all at the top grants no write access', files: ci(edit(REFERENCE, 'permissions:\n  contents: read\n\njobs', 'permissions: read-all\n\njobs')) },
    { name: 'a personal access token for ghcr.io instead of the workflow token', files: ci(edit(REFERENCE, '    permissions:\n      contents: read\n      packages: write\n', '').replace('password: ${{ secrets.GITHUB_TOKEN }}', 'password: ${{ secrets.GHCR_PAT }}')) },
  ],
  invalid: [
    { name: 'no permissions at all', files: ci(edit(edit(REFERENCE, 'permissions:\n  contents: read\n\njobs', 'jobs'), '    permissions:\n      contents: read\n      packages: write\n', '')), lines: [10] },
    { name: 'write-all at the top', files: ci(edit(REFERENCE, 'permissions:\n  contents: read\n\njobs', 'permissions: write-all\n\njobs')), lines: [10] },
    { name: 'packages: write for every job', files: ci(edit(REFERENCE, '  contents: read\n\njobs', '  contents: read\n  packages: write\n\njobs')), lines: [12] },
    { name: 'pushing to ghcr.io with the workflow token without packages: write', files: ci(edit(REFERENCE, '      contents: read\n      packages: write\n', '      contents: read\n')), lines: [71] },
  ],
};
