export interface Rgba { r: number; g: number; b: number; a: number }
export function parseColor(css: unknown): Rgba | undefined;
export function composite(top: Rgba, bottom: Rgba): Rgba;
export function effectiveBackground(layers: Rgba[], base?: Rgba): Rgba;
export function relativeLuminance(c: { r: number; g: number; b: number }): number;
export function contrastRatio(fg: Rgba, bg: Rgba): number;
