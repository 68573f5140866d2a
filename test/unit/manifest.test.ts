import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COMMANDS } from '../../src/commands';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const declared = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));

function sources(dir: string): string {
  return readdirSync(dir).map((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : n.endsWith('.ts') ? readFileSync(p, 'utf8') : '';
  }).join('\n');
}

describe('package.json manifest', () => {
  it('declares exactly the commands the code registers', () => {
    assert.deepEqual([...declared].sort(), Object.values(COMMANDS).sort());
  });

  it('every menu entry and command: link names a declared command', () => {
    const menus = Object.values(pkg.contributes.menus as Record<string, Array<{ command: string }>>).flat();
    for (const m of menus) assert.ok(declared.has(m.command), `menu uses undeclared ${m.command}`);
    const texts = [
      ...pkg.contributes.viewsWelcome.map((v: { contents: string }) => v.contents),
      ...pkg.contributes.walkthroughs.flatMap((w: { steps: Array<{ description: string }> }) => w.steps.map((s) => s.description)),
    ].join('\n');
    for (const [, id] of texts.matchAll(/command:(mlopsLab\.[A-Za-z.]+)/g)) assert.ok(declared.has(id), `link to undeclared ${id}`);
  });

  it('walkthrough steps have their media and complete on real events', () => {
    const code = sources(join(root, 'src'));
    for (const step of pkg.contributes.walkthroughs[0].steps) {
      assert.ok(existsSync(join(root, step.media.markdown)), step.media.markdown);
      assert.ok(step.completionEvents.length > 0, `${step.id} completes on an event`);
      // Every image a step's markdown shows is shipped beside it.
      const md = readFileSync(join(root, step.media.markdown), 'utf8');
      for (const [, src] of md.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)) assert.ok(existsSync(join(root, dirname(step.media.markdown), src)), `${step.media.markdown} shows missing ${src}`);
      // A context key a step waits for is one the code sets.
      for (const e of step.completionEvents as string[]) {
        const key = /^onContext:(.+)$/.exec(e)?.[1];
        if (key) assert.ok(code.includes(`'${key}'`), `${step.id} waits for ${key}, which no code sets`);
      }
    }
  });

  it('the walkthrough leads to a first quiz answer and a first lab grading, with links to real content', () => {
    const steps = pkg.contributes.walkthroughs[0].steps as Array<{ id: string; description: string; completionEvents: string[] }>;
    const quiz = steps.find((s) => s.description.includes('command:mlopsLab.openQuiz'));
    const lab = steps.find((s) => s.description.includes('command:mlopsLab.startLab'));
    assert.ok(quiz && lab, 'a quiz step and a lab step');
    // Done when the learner has answered / been graded, not when the command merely ran.
    assert.deepEqual(quiz.completionEvents, ['onContext:mlopsLab.quizAnswered']);
    assert.deepEqual(lab.completionEvents, ['onContext:mlopsLab.labGraded']);
    for (const s of [quiz, lab]) {
      for (const [, args] of s.description.matchAll(/command:mlopsLab\.\w+\?([^)\s]+)/g)) {
        const [id] = JSON.parse(decodeURIComponent(args)) as string[];
        const file = s === quiz ? join(root, 'content', 'quizzes', `${id}.yaml`) : join(root, 'content', 'labs', id, 'lab.yaml');
        assert.ok(existsSync(file), `${s.id} links to "${id}", which has no ${file}`);
      }
    }
    assert.ok(steps.length <= 6, 'a short walkthrough');
  });

  it('activates lazily and runs on the test host', () => {
    assert.ok(!pkg.activationEvents.some((e: string) => e === '*' || e === 'onStartupFinished'));
    const [major, minor] = /(\d+)\.(\d+)/.exec(pkg.engines.vscode)!.slice(1).map(Number);
    assert.ok(major === 1 && minor <= 139, `engines.vscode ${pkg.engines.vscode} must not ask for more than the 1.139 test host`);
    assert.equal(pkg.devDependencies['@types/vscode'].replace(/^\D*/, '').split('.').slice(0, 2).join('.'), `${major}.${minor}`);
  });

  it('every setting is read by the code', () => {
    const code = sources(join(root, 'src'));
    for (const key of Object.keys(pkg.contributes.configuration.properties)) {
      assert.ok(code.includes(key.replace(/^mlopsLab\./, '')), `${key} is declared but never read`);
    }
  });

  it('ships an icon, a licence, a changelog and a .vscodeignore that keeps node_modules and sources out', () => {
    for (const f of [pkg.icon, 'LICENSE', 'CHANGELOG.md', '.vscodeignore']) assert.ok(existsSync(join(root, f)), f);
    const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^\*\*$/m, 'everything excluded by default');
    assert.doesNotMatch(ignore, /!node_modules|!src/);
  });
});
