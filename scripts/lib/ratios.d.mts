export interface Stats { median: number; min: number; max: number; runs: number }
export interface Round { ours: number[]; floor: number[] }
export interface Pair { action: string; floorLabel: string; target: number | null; rounds: Round[]; note?: string }
export type Result = 'PASS' | 'FAIL' | 'n/a' | 'info';
export function stats(samples: readonly unknown[]): Stats | null;
export function roundRatio(round: Partial<Round>): number | null;
export function verdict(pair: { rounds: Partial<Round>[]; target: number | null }): { ours: Stats | null; floor: Stats | null; ratio: Stats | null; target: number | null; result: Result };
export function times(x: number | null | undefined): string;
export function ratioTable(pairs: Pair[]): string;
