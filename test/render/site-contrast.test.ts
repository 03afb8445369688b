/**
 * WCAG AA contrast of the site's colour pairs, computed from site.css itself: text needs 4.5:1
 * against its background (3:1 for the focus outline, a non-text indicator).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

const ASSETS = join(REPO_ROOT, 'templates/site/assets');
/** The screen stylesheets; print.css prints black on white. */
const css = ['site.css', 'catalog.css']
  .map((file) => readFileSync(join(ASSETS, file), 'utf8'))
  .join('\n');
/** Each `:root { … }` block is a palette: the light one, then the dark one (prefers-color-scheme). */
const ROOT = /:root\s*\{([^}]*)\}/gu;
const palettes = [...css.matchAll(ROOT)]
  .map(([, body]) => {
    const palette = new Map<string, string>();
    for (const [, name, hex] of (body ?? '').matchAll(/(--[a-z-]+):\s*(#[0-9a-f]{6});/giu)) {
      if (name !== undefined && hex !== undefined) palette.set(name, hex);
    }
    return palette;
  })
  .filter((palette) => palette.size > 0);
const [light, dark] = palettes;

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** [foreground, background, minimum, where the pair is used]. */
const PAIRS: [string, string, number, string][] = [
  ['--text', '--bg', 4.5, 'body text'],
  ['--text', '--head-bg', 4.5, 'table header cells'],
  ['--text', '--stripe-bg', 4.5, 'even table rows, office block'],
  ['--text', '--mark-bg', 4.5, 'search highlights, the targeted row'],
  ['--muted', '--bg', 4.5, 'secondary text'],
  ['--muted', '--stripe-bg', 4.5, 'secondary text in even rows, empty domains'],
  ['--muted', '--head-bg', 4.5, 'secondary text on the header colour'],
  ['--link', '--bg', 4.5, 'links'],
  ['--link', '--stripe-bg', 4.5, 'links in even rows'],
  ['--link', '--mark-bg', 4.5, 'the 序号 link of a targeted row'],
  ['--brand-text', '--brand-bg', 4.5, 'the site header'],
  ['--brand-bg', '--brand-text', 4.5, 'the search button'],
  ['--notice-text', '--notice-bg', 4.5, 'the example notice, bundle tips'],
  ['--focus-text', '--focus-bg', 4.5, 'focused links and buttons'],
  ['--focus-ring', '--bg', 3, 'the focus outline on the page'],
  ['--focus-ring', '--stripe-bg', 3, 'the outline of the row a search result leads to'],
  ['--focus-bg', '--brand-bg', 3, 'the focus block inside the red header'],
  ['--accent', '--bg', 4.5, 'step numbers of 办事一本通'],
  ['--text', '--bg', 4.5, 'the regions that publish a domain, in an empty domain'],
];

describe('colour contrast (WCAG AA)', () => {
  it('knows the formula (black on white is 21:1, a pair with itself 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('has a light and a dark palette with the same colours', () => {
    expect(palettes.length).toBe(2);
    expect([...(dark?.keys() ?? [])].sort()).toEqual([...(light?.keys() ?? [])].sort());
  });

  for (const [scheme, palette] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    for (const [fg, bg, minimum, use] of PAIRS) {
      it(`${scheme}: ${fg} on ${bg} (${use})`, () => {
        const a = palette?.get(fg);
        const b = palette?.get(bg);
        expect(a, fg).toBeDefined();
        expect(b, bg).toBeDefined();
        expect(contrast(a ?? '', b ?? '')).toBeGreaterThanOrEqual(minimum);
      });
    }
  }

  it('every colour of the stylesheet is a palette variable listed in a pair', () => {
    const outsideRoot = css.replace(ROOT, '');
    expect(outsideRoot).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(|hsl\(/iu);
    const paired = new Set(PAIRS.flatMap(([fg, bg]) => [fg, bg]));
    const decorative = new Set(['--border', '--rule']);
    for (const name of light?.keys() ?? []) {
      if (!decorative.has(name)) expect(paired.has(name), name).toBe(true);
    }
  });
});
