import * as assert from 'node:assert/strict';
import { promptText, shouldPrompt, statusText, statusTooltip } from '../../../src/dashboard/reminder';

describe('review habit', () => {
  it('the status-bar text says how many are due, and is hidden when none is or the learner turned it off', () => {
    assert.equal(statusText(3, true), 'MLOps: 3 due');
    assert.equal(statusText(0, true), undefined);
    assert.equal(statusText(3, false), undefined);
    assert.match(statusTooltip(1), /^1 review question is due/);
    assert.match(statusTooltip(2), /^2 review questions are due/);
  });

  it('prompts at most once a day, only when turned on and something is due', () => {
    const base = { enabled: true, due: 2, today: '2026-06-10' };
    assert.equal(shouldPrompt(base), true);
    assert.equal(shouldPrompt({ ...base, lastShown: '2026-06-09' }), true);
    assert.equal(shouldPrompt({ ...base, lastShown: '2026-06-10' }), false);
    assert.equal(shouldPrompt({ ...base, enabled: false }), false);
    assert.equal(shouldPrompt({ ...base, due: 0 }), false);
    assert.match(promptText(1), /1 question is due for review now/);
  });
});
