export const SOURCE: string;
export const OUTPUT: string;
export function vsixReadme(markdown: string, imagesUrl?: string): string;
