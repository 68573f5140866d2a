// Messages between the extension and the quiz webview. Imports nothing, so both sides share it.
//
// The webview never sees which choice is correct before it submits: a question view holds texts
// and opaque ids only; feedback (correct answer, explanation, per-choice "why") comes after submit.
export {};
