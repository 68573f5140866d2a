export function getVsCodeApi() {
    return acquireVsCodeApi();
}
/** Small DOM builder: text goes in as text, never as HTML. */
export function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs))
        node.setAttribute(k, v);
    for (const c of children)
        if (c !== undefined && c !== false)
            node.append(c);
    return node;
}
/** Plain text with `backtick` spans shown as code; everything stays text (no HTML parsing). */
export function richText(text) {
    return text.split(/`([^`\n]+)`/).map((part, i) => (i % 2 ? el('code', {}, part) : document.createTextNode(part)));
}
