// Imported first by extension.ts, so this runs before every other module of the bundle: activate() tells from it
// how long loading the bundle took (npm run bench). Nothing else.
export const loadStartedAt = performance.now();
