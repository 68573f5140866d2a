import type { CheckCases } from '../../cases';
import { edit, FILE, INLINE, MIXIN, SOLUTION } from './examples';

export const cases: CheckCases = {
  valid: [
    { name: 'the lab solution', files: { [FILE]: SOLUTION } },
    { name: 'a templated runbook link and a description besides the summary', files: { [FILE]: MIXIN } },
    { name: 'plain (unquoted) summaries', files: { [FILE]: INLINE } },
    { name: 'severity info', files: { [FILE]: edit(SOLUTION, 'severity: warning', 'severity: info') } },
  ],
  invalid: [
    { name: 'severity page (not a severity this lab routes)', files: { [FILE]: edit(SOLUTION, 'severity: warning', 'severity: page') }, lines: [26] },
    { name: 'no runbook_url', files: { [FILE]: edit(SOLUTION, '          runbook_url: https://runbooks.example.com/model-server/down\n', '') }, lines: [40] },
    { name: 'a relative runbook link', files: { [FILE]: edit(SOLUTION, 'https://runbooks.example.com/model-server/errors', 'docs/runbooks/errors.md') }, lines: [38] },
    { name: 'no labels at all', files: { [FILE]: edit(SOLUTION, '        labels:\n          severity: warning\n        annotations:\n          summary: \'Feature', '        annotations:\n          summary: \'Feature') }, lines: [58] },
  ],
};
