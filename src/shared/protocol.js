// Messages between the extension and its webviews. Imports nothing, so both sides share it.
export {};
