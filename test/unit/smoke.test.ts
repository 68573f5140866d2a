import * as assert from 'node:assert/strict';
import { formatProblem } from '../../src/course/problems';

describe('formatProblem', () => {
  it('prints file:line:column: message', () => {
    assert.equal(formatProblem({ file: 'lessons/a.md', line: 3, column: 2, message: 'bad' }), 'lessons/a.md:3:2: bad');
    assert.equal(formatProblem({ file: 'course.yaml', line: 1, message: 'x' }), 'course.yaml:1: x');
  });
});
