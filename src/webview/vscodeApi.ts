// The webview's handle on VS Code, typed by the panel's protocol.
interface VsCodeApi<TOut, TState> {
  postMessage(msg: TOut): void;
  getState(): TState | undefined;
  setState(state: TState): void;
}
declare function acquireVsCodeApi<TOut, TState>(): VsCodeApi<TOut, TState>;

export function getVsCodeApi<TOut, TState>(): VsCodeApi<TOut, TState> {
  return acquireVsCodeApi<TOut, TState>();
}

/** Small DOM builder: text goes in as text, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string | undefined | false>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== undefined && c !== false) node.append(c);
  return node;
}

/** Plain text with `backtick` spans shown as code; everything stays text (no HTML parsing). */
export function richText(text: string): Node[] {
  return text.split(/`([^`\n]+)`/).map((part, i) => (i % 2 ? el('code', {}, part) : document.createTextNode(part)));
}
