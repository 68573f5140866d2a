// Shared helpers for the integration suites (they run inside a real VS Code).
import * as vscode from 'vscode';
import type { MlopsLabApi } from '../../src/extension';
import type { Answer, Question } from '../../src/quiz/model';

export const EXTENSION_ID = 'mlops-lab.mlops-lab';

export async function getApi(): Promise<MlopsLabApi> {
  const ext = vscode.extensions.getExtension<MlopsLabApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext.isActive ? ext.exports : ext.activate();
}

export function waitFor<T>(event: vscode.Event<T>, predicate: (v: T) => boolean = () => true, ms = 10_000, what = 'event'): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`${what} not seen within ${ms} ms`));
    }, ms);
    const sub = event((v) => {
      if (!predicate(v)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}

export async function eventually(check: () => boolean | Promise<boolean>, ms = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} not reached within ${ms} ms`);
}

/** An answer that is wrong for any question type (a distractor, the order reversed, pairs shifted, a number far off). */
export function wrongAnswer(q: Question): Answer {
  switch (q.type) {
    case 'single':
      return { choiceId: q.choices.find((c) => !c.correct)!.id };
    case 'multiple':
      // A distractor; for a select-all question whose choices are all correct (fund-03), one choice alone scores below 1.
      return { choiceIds: [(q.choices.find((c) => !c.correct) ?? q.choices[0]).id] };
    case 'order':
      return { itemIds: q.items.map((i) => i.id).reverse() };
    case 'match': {
      const rights = q.pairs.map((p) => p.rightId);
      return { pairs: Object.fromEntries(q.pairs.map((p, i) => [p.leftId, rights[(i + 1) % rights.length]])) };
    }
    case 'numeric':
      return { value: q.answer + q.tolerance + 1000 };
  }
}
