// Shared helpers for the integration suites (they run inside a real VS Code).
import * as vscode from 'vscode';
import type { MlopsLabApi } from '../../src/extension';

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
