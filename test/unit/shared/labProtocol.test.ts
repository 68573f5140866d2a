import * as assert from 'node:assert/strict';
import type { LabView } from '../../../src/shared/labProtocol';
import { parseToLabWebview } from '../../../src/shared/labValidate';

const lab = (scope: unknown): { type: 'lab'; lab: LabView } => ({
  type: 'lab',
  lab: {
    id: 'dvc-pipeline', title: 'T', summary: 'S', mainFile: 'dvc.yaml', html: '', passed: 0, total: 1, completed: false,
    checks: [{ id: 'dvc.stage-names', title: 't', why: 'w', scope: scope as 'lab', lessonId: 'a', lessonTitle: 'A', status: 'fail', findings: [], hints: [], hintsTotal: 2 }],
  },
});

describe('lab webview protocol: check scope', () => {
  it('accepts general and lab checks', () => {
    assert.ok(parseToLabWebview(lab('general')));
    assert.ok(parseToLabWebview(lab('lab')));
  });
  it('rejects a check without a known scope', () => {
    assert.equal(parseToLabWebview(lab(undefined)), undefined);
    assert.equal(parseToLabWebview(lab('required')), undefined);
  });
});
