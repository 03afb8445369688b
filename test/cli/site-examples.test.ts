/**
 * `gkml site` end to end on real repositories: examples/ (every region gets its pages, its bundle,
 * twice the same bytes) and a repository whose text is hostile (test/fixtures/site/hostile).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runBinary, runInProcess } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';

// Every case's folder inside one, removed at the end.
const work = tempFolder('gkml-site-');
afterAll(() => {
  work.remove();
});

function tree(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        // Text as text (to search it), workbooks as base64 (to compare their bytes).
        const binary = path.endsWith('.xlsx');
        files.set(relative(folder, path), readFileSync(path, binary ? 'base64' : 'utf8'));
      }
    }
  };
  walk(folder);
  return files;
}

describe('gkml site examples', () => {
  it('gives every region its page and the same bytes twice', async () => {
    const out = mkdtempSync(join(work.path, 'examples-'));
    const first = await runInProcess(['site', 'examples', '--out', join(out, 'a')], {
      cwd: REPO_ROOT,
    });
    expect(first.exitCode, first.stderr).toBe(0);
    const second = runBinary(['site', 'examples', '--out', join(out, 'b')], { cwd: REPO_ROOT });
    expect(second.exitCode, second.stderr).toBe(0);
    const a = tree(join(out, 'a'));
    expect([...tree(join(out, 'b'))]).toEqual([...a]);

    const regions = readdirSync(join(REPO_ROOT, 'examples'), { recursive: true })
      .map(String)
      .filter((path) => path.endsWith('region.yaml'));
    const pages = [...a.keys()].filter((path) => /^r\/\d+\/index\.html$/u.test(path));
    expect(pages.length).toBe(regions.length);
    expect(a.get('index.html')).toContain('示例数据');

    // Every link of every page leads to a file of the site (downloads included) or is http(s).
    for (const [path, html] of [...a].filter(([p]) => p.endsWith('.html'))) {
      for (const [, href] of html.matchAll(/\shref="([^"#]*)(?:#[^"]*)?"/gu)) {
        if (href === undefined || href === '' || /^(https?|tel|mailto):/u.test(href)) continue;
        const target = posix.normalize(posix.join(posix.dirname(path), decodeURIComponent(href)));
        expect(a.has(target.split('?')[0] ?? ''), `${path} → ${href}`).toBe(true);
      }
    }
    expect([...a.keys()].filter((p) => p.startsWith('downloads/')).length).toBeGreaterThan(20);

    const bundle = a.get('r/431402100/bundles/return-home-job.html') ?? '';
    expect(bundle).toContain('<h1>返乡就业一件事</h1>');
    expect(bundle.match(/class="step-no"/gu)?.length).toBe(4);
  });
});

describe('gkml site on a hostile repository', () => {
  it('shows every piece of hostile text as text', async () => {
    const out = mkdtempSync(join(work.path, 'hostile-'));
    const t = await runInProcess(['site', 'test/fixtures/site/hostile', '--out', out], {
      cwd: REPO_ROOT,
    });
    expect(t.exitCode, t.stderr).toBe(0);
    const files = tree(out);
    const html = [...files].filter(([path]) => path.endsWith('.html'));
    expect(html.length).toBeGreaterThan(4);
    for (const [path, page] of html) {
      expect(page, path).not.toMatch(/<(?:img|b|svg|iframe|style)[\s>]/u);
      expect(page, path).not.toMatch(/<script(?![^>]*\ssrc=)/u);
      expect(page, path).not.toMatch(/\son[a-z]+=/u);
      expect(page, path).not.toMatch(/href="\s*javascript:/iu);
    }
    const region = files.get('r/410103/index.html') ?? '';
    expect(region).toContain('二七区&lt;script&gt;alert(&quot;region&quot;)&lt;/script&gt;');
    expect(region).toContain(
      '&lt;b&gt;二七区&lt;/b&gt;人民政府办公室&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;',
    );
    const bundle = files.get('r/410103/bundles/hostile.html') ?? '';
    expect(bundle).toContain('{{constructor.constructor(&#x27;alert(5)&#x27;)()}}');
    const catalog = files.get('r/410103/employment.html') ?? '';
    expect(catalog).toContain(
      '<span class="url">https://example.gov.cn/?q&#x3D;&lt;script&gt;</span>',
    );
  });
});
