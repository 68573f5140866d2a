import * as assert from 'node:assert/strict';
import { confidenceLegend, keysHint } from '../../../src/webview/quiz/format';

describe('quiz keyboard hints name only keys that work (issue 12)', () => {
  it('number keys are offered where they pick a choice or go to an item, nowhere else', () => {
    assert.match(keysHint('single'), /^1-9 pick/);
    assert.match(keysHint('multiple'), /^1-9 pick/);
    // In an order question they move the focus to the item at that position; they do not pick.
    assert.match(keysHint('order'), /1-9 go to an item/);
    assert.doesNotMatch(keysHint('order'), /pick/);
    // A numeric answer takes digits; in a match question the focus sits in a drop-down, where digits type.
    for (const t of ['numeric', 'match'] as const) {
      assert.doesNotMatch(keysHint(t), /\d/, t);
      assert.doesNotMatch(confidenceLegend(t), /S \/ U/, t);
    }
    for (const t of ['single', 'multiple', 'order', 'match', 'numeric'] as const) assert.match(keysHint(t), /Enter submits · Esc closes$/, t);
    assert.match(confidenceLegend('single'), /S \/ U/);
  });
});
