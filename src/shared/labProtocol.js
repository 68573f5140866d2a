// Messages between the extension and the lab panel. Imports nothing.
export {};
