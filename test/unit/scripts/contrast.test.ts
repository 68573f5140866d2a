import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { composite, contrastRatio, effectiveBackground, parseColor, relativeLuminance } from '../../../scripts/lib/contrast.mjs';

const WHITE = { r: 255, g: 255, b: 255, a: 1 };
const BLACK = { r: 0, g: 0, b: 0, a: 1 };
const near = (a: number, b: number, eps = 0.01) => assert.ok(Math.abs(a - b) <= eps, `${a} is not ${b} (±${eps})`);

describe('WCAG contrast (the UI test checks quiz text with it, issue 12)', () => {
  it('gives the reference ratios: 21 for black on white, 1 for equal colours, 4.54 for #767676 on white', () => {
    near(contrastRatio(BLACK, WHITE), 21);
    near(contrastRatio(WHITE, BLACK), 21);
    near(contrastRatio(WHITE, WHITE), 1);
    near(contrastRatio(parseColor('#767676')!, WHITE), 4.54);
    // #777777 is the usual example of a grey that just fails AA on white.
    assert.ok(contrastRatio(parseColor('#777777')!, WHITE) < 4.5);
  });

  it('measures the theme colours the issue was about: pass and warning colours as text on a light background fail', () => {
    // testing.iconPassed (#73c991) and editorWarning.foreground of the light themes (#bf8803) on the light quote background (#f2f2f2).
    const quote = parseColor('#f2f2f2')!;
    assert.ok(contrastRatio(parseColor('#73c991')!, quote) < 2);
    assert.ok(contrastRatio(parseColor('#bf8803')!, quote) < 3);
    // Light Modern's text colour on the same background passes.
    assert.ok(contrastRatio(parseColor('#3b3b3b')!, quote) >= 4.5);
  });

  it('relative luminance follows the WCAG formula', () => {
    near(relativeLuminance(WHITE), 1, 1e-9);
    near(relativeLuminance(BLACK), 0, 1e-9);
    near(relativeLuminance({ r: 255, g: 0, b: 0 }), 0.2126, 1e-4);
    near(relativeLuminance({ r: 128, g: 128, b: 128 }), 0.2159, 1e-3);
  });

  it('parses the colour forms getComputedStyle reports', () => {
    assert.deepEqual(parseColor('rgb(59, 59, 59)'), { r: 59, g: 59, b: 59, a: 1 });
    assert.deepEqual(parseColor('rgba(0, 0, 0, 0.5)'), { r: 0, g: 0, b: 0, a: 0.5 });
    assert.deepEqual(parseColor('rgb(10 20 30 / 25%)'), { r: 10, g: 20, b: 30, a: 0.25 });
    assert.deepEqual(parseColor('transparent'), { r: 0, g: 0, b: 0, a: 0 });
    assert.deepEqual(parseColor('#fff'), WHITE);
    assert.deepEqual(parseColor('#7f7f7f1a'), { r: 127, g: 127, b: 127, a: 26 / 255 });
    const mixed = parseColor('color(srgb 0.5 0.25 1 / 0.5)')!;
    near(mixed.r, 127.5, 1e-9);
    near(mixed.g, 63.75, 1e-9);
    near(mixed.b, 255, 1e-9);
    near(mixed.a, 0.5, 1e-9);
    for (const bad of ['', 'red', 'rgb(1, 2)', 'rgb(a, b, c)', '#12345', 'color(display-p3 1 0 0)', 'hsl(0 0% 0%)', 42, undefined]) {
      assert.equal(parseColor(bad), undefined, String(bad));
    }
  });

  it('composites translucent layers: a 10 % grey quote background on white is #f2f2f2', () => {
    const quote = effectiveBackground([parseColor('#7f7f7f1a')!, parseColor('transparent')!, WHITE]);
    assert.equal(Math.round(quote.r), 242);
    assert.equal(quote.a, 1);
    // Layers under the first opaque one do not matter.
    assert.deepEqual(effectiveBackground([WHITE, BLACK]), WHITE);
    // With no opaque layer the base shows through.
    assert.deepEqual(effectiveBackground([], BLACK), BLACK);
    // Translucent text is blended over its background before measuring: half-white on black is mid grey.
    near(contrastRatio({ r: 255, g: 255, b: 255, a: 0.5 }, BLACK), contrastRatio(composite({ r: 255, g: 255, b: 255, a: 0.5 }, BLACK), BLACK), 1e-9);
    assert.ok(contrastRatio({ r: 255, g: 255, b: 255, a: 0.5 }, BLACK) < contrastRatio(WHITE, BLACK));
  });

  it('is symmetric and stays within 1..21 for any pair of opaque colours', () => {
    const colour = fc.record({ r: fc.integer({ min: 0, max: 255 }), g: fc.integer({ min: 0, max: 255 }), b: fc.integer({ min: 0, max: 255 }), a: fc.constant(1) });
    fc.assert(fc.property(colour, colour, (x, y) => {
      const r = contrastRatio(x, y);
      return r >= 1 && r <= 21 + 1e-9 && Math.abs(r - contrastRatio(y, x)) < 1e-9;
    }));
  });
});
