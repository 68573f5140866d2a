import type { ChildProcess } from 'node:child_process';
export function makeTempDir(prefix: string): string;
export function removeTempDir(dir: string): void;
export function killOnExit<T extends ChildProcess>(child: T): T;
