// WCAG 2.x contrast of text against what is really behind it. Pure; the UI test reads computed colours
// in the webview and computes the ratios here (scripts/ui-quiz.mjs), unit tests in test/unit/scripts/contrast.test.ts.
// Colours are { r, g, b, a } with r, g, b in 0..255 and a in 0..1.

const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/** A number, or a percentage of `full`. An empty string is not a number. */
function channel(s, full) {
  const t = s.trim();
  if (t === '') return Number.NaN;
  if (t.endsWith('%')) return (Number(t.slice(0, -1)) / 100) * full;
  return Number(t);
}

/**
 * Parses the colour forms getComputedStyle gives: rgb()/rgba() (comma or space syntax), color(srgb r g b / a)
 * (what Chromium reports for color-mix in srgb), #rgb/#rgba/#rrggbb/#rrggbbaa and "transparent".
 * Undefined for anything else (never guesses).
 */
export function parseColor(css) {
  if (typeof css !== 'string') return undefined;
  const s = css.trim().toLowerCase();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  let m = /^#([0-9a-f]{3,8})$/.exec(s);
  if (m) {
    let h = m[1];
    if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join('');
    if (h.length !== 6 && h.length !== 8) return undefined;
    const n = (i) => parseInt(h.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  m = /^rgba?\(([^)]*)\)$/.exec(s);
  if (m) {
    const parts = m[1].includes(',') ? m[1].split(',') : m[1].replace('/', ' ').split(/\s+/).filter(Boolean);
    if (parts.length !== 3 && parts.length !== 4) return undefined;
    const [r, g, b] = parts.slice(0, 3).map((p) => channel(p, 255));
    const a = parts.length === 4 ? channel(parts[3], 1) : 1;
    return valid({ r, g, b, a });
  }
  m = /^color\(srgb\s+([^)]*)\)$/.exec(s);
  if (m) {
    const [rgb, alpha] = m[1].split('/');
    const parts = rgb.trim().split(/\s+/);
    if (parts.length !== 3) return undefined;
    const [r, g, b] = parts.map((p) => channel(p, 1) * 255);
    const a = alpha === undefined ? 1 : channel(alpha, 1);
    return valid({ r, g, b, a });
  }
  return undefined;
}

function valid(c) {
  return [c.r, c.g, c.b, c.a].every((x) => Number.isFinite(x))
    ? { r: clamp(c.r, 0, 255), g: clamp(c.g, 0, 255), b: clamp(c.b, 0, 255), a: clamp(c.a, 0, 1) }
    : undefined;
}

/** `top` painted over `bottom` (source-over); the result is opaque when `bottom` is. */
export function composite(top, bottom) {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t, b) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/**
 * The background really seen behind an element: its own and its ancestors' background colours, innermost first,
 * painted over each other from the first opaque one up. `base` is used under them all (the page's own background).
 */
export function effectiveBackground(layers, base = { r: 255, g: 255, b: 255, a: 1 }) {
  const stack = [];
  for (const c of layers) {
    stack.push(c);
    if (c.a >= 1) break;
  }
  let bg = { ...base, a: 1 };
  for (let i = stack.length - 1; i >= 0; i--) bg = composite(stack[i], bg);
  return bg;
}

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance({ r, g, b }) {
  const lin = (v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio (1..21) of a text colour over an opaque background; a translucent text colour is blended first. */
export function contrastRatio(fg, bg) {
  const solidBg = bg.a >= 1 ? bg : composite(bg, { r: 255, g: 255, b: 255, a: 1 });
  const text = fg.a >= 1 ? fg : composite(fg, solidBg);
  const l1 = relativeLuminance(text);
  const l2 = relativeLuminance(solidBg);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}
