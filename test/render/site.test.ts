/** The site renderer on a small hand-made repository: golden pages, determinism, escaping. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteTemplates } from '../../src/pipeline/site-templates.js';
import { noDownloads, renderSite } from '../../src/render/site/index.js';
import { expectGolden } from '../helpers/golden.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { exportNamedDownloads, fixtureModel } from '../helpers/site-fixture.js';

const GOLDEN = join(REPO_ROOT, 'test/golden/site');
const templates = loadSiteTemplates();
const render = (downloads = exportNamedDownloads) =>
  renderSite(fixtureModel(), { templates, downloads });
const htmlPages = (files: Map<string, string>) =>
  [...files].filter(([path]) => path.endsWith('.html'));

describe('golden pages', () => {
  const files = render();
  for (const page of [
    'index.html',
    'r/410102/index.html',
    'r/410102/employment.html',
    'r/410102/bundles/newborn.html',
  ]) {
    it(page, async () => {
      const html = files.get(page);
      expect(html, page).toBeDefined();
      await expectGolden(html ?? '', join(GOLDEN, page.replaceAll('/', '_')));
    });
  }

  it('the golden harness fails on a wrong expectation', async () => {
    await expect(
      expectGolden('<p>not the page</p>', join(GOLDEN, 'index.html'), { update: false }),
    ).rejects.toThrow();
  });
});

describe('determinism', () => {
  it('rendering twice gives identical bytes', () => {
    const first = render();
    const second = render();
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, content] of first) expect(second.get(path), path).toBe(content);
  });
});

describe('pages', () => {
  const files = render(noDownloads);

  it('has a page per region, per region and domain, and per bundle', () => {
    expect([...files.keys()].filter((p) => p.endsWith('.html')).sort()).toEqual([
      'index.html',
      'r/410100/employment.html',
      'r/410100/index.html',
      'r/410102/bundles/newborn.html',
      'r/410102/employment.html',
      'r/410102/health.html',
      'r/410102/household-registration.html',
      'r/410102/index.html',
      'r/410102001/employment.html',
      'r/410102001/index.html',
      'r/410103/employment.html',
      'r/410103/index.html',
      'search.html',
    ]);
  });

  it('every page is Chinese, has the CSP, a skip link and no inline script or style', () => {
    for (const [path, html] of htmlPages(files)) {
      expect(html, path).toContain('<html lang="zh-CN">');
      expect(html, path).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' file:;/u,
      );
      expect(html, path).toContain('<a class="skip" href="#main">');
      expect(html, path).not.toMatch(/<script(?![^>]*\ssrc=)/u);
      expect(html, path).not.toMatch(/\sstyle=|<style/u);
      expect(html, path).not.toMatch(/\son[a-z]+=/u);
    }
  });

  it('every link is relative and leads to a page of the site, or is http(s), tel: or mailto:', () => {
    for (const [path, html] of htmlPages(files)) {
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]*)"/gu)) {
        if (url === undefined) continue;
        if (/^https?:\/\//u.test(url)) continue;
        if (/^tel:\+?[\d-]+$/u.test(url) || /^mailto:[^\s:"'<>]+@[^\s:"'<>]+$/u.test(url)) continue;
        expect(url, `${path}: ${url}`).not.toMatch(/^[a-z][a-z0-9+.-]*:/iu);
        const target = url.split('#')[0] ?? '';
        if (target === '') continue;
        const resolved = posix.normalize(posix.join(posix.dirname(path), target));
        expect(files.has(resolved), `${path} → ${url}`).toBe(true);
      }
    }
  });

  it('every item anchor a bundle or search links to exists', () => {
    const path = 'r/410102/bundles/newborn.html';
    const anchors = [...(files.get(path) ?? '').matchAll(/href="([^"#]+)#([^"]+)"/gu)];
    expect(anchors.length).toBe(2);
    for (const [, page, anchor] of anchors) {
      const target = posix.normalize(posix.join(posix.dirname(path), page ?? ''));
      expect(files.get(target), target).toContain(`id="${anchor ?? ''}"`);
    }
  });

  it('the catalog table has the official two-row header with scopes', () => {
    const html = files.get('r/410102/employment.html') ?? '';
    expect(html).toContain('<th scope="colgroup" colspan="2">公开事项</th>');
    expect(html).toContain('<th scope="colgroup" colspan="2">公开对象</th>');
    expect(html).toContain('<th scope="colgroup" colspan="2">公开层级</th>');
    expect(html).toContain('<th scope="col" class="mark">县级</th>');
    expect(html).toContain('<th scope="row" class="l2" data-label="二级事项">岗位信息发布');
  });

  it('says where each item comes from', () => {
    const html = files.get('r/410102/employment.html') ?? '';
    expect(html).toContain('<li>国家</li><li>中原区：调整公开主体</li>');
    expect(html).toContain('<li>中原区新增</li>');
    const city = files.get('r/410102001/employment.html') ?? '';
    expect(city).toContain('<li>林山寨街道：调整公开主体</li>');
  });

  it('the region page has the 受理机构 block, the 26 domains and the bundles', () => {
    const html = files.get('r/410102/index.html') ?? '';
    expect(html).toContain('<h2 id="office-heading">政府信息公开受理机构</h2>');
    expect(html).toContain('<p class="office-name">郑州市中原区人民政府办公室</p>');
    expect(html.match(/<span class="ord">/gu)?.length).toBe(26);
    expect(html).toContain('新生儿出生一件事</a>');
  });
});

describe('downloads', () => {
  it("link the region's workbook and each catalog's CSV and JSON, as export names them", () => {
    const model = fixtureModel();
    const county = model.regions.find((r) => r.ref.code === '410102');
    if (!county) throw new Error('fixture lacks the county');
    county.ref.name = '中原区#1 100%';
    const files = renderSite(model, { templates, downloads: exportNamedDownloads });
    const region = files.get('r/410102/index.html') ?? '';
    expect(region).toContain(
      'href="../../downloads/410102-%E4%B8%AD%E5%8E%9F%E5%8C%BA%231%20100%25.xlsx" download>',
    );
    const catalog = files.get('r/410102/health.html') ?? '';
    const hrefs = [...catalog.matchAll(/href="([^"]+)" download/gu)].map(([, href]) =>
      decodeURIComponent(href ?? ''),
    );
    expect(hrefs).toEqual([
      '../../downloads/410102-中原区#1 100%-卫生健康.csv',
      '../../downloads/410102-中原区#1 100%-卫生健康.json',
      '../../downloads/410102-中原区#1 100%.xlsx',
    ]);
  });

  it('are left out when there are none', () => {
    const files = renderSite(fixtureModel(), { templates, downloads: noDownloads });
    expect(files.get('r/410102/index.html')).not.toContain('download>');
  });
});

describe('the region tree', () => {
  it("stays open for a city, and folds a province's townships under their county", () => {
    const small = renderSite(fixtureModel(), { templates }).get('index.html') ?? '';
    expect(small).not.toContain('<details>');
    const model = fixtureModel();
    const county = model.regions.find((r) => r.ref.code === '410102');
    const town = model.regions.find((r) => r.ref.code === '410102001');
    if (!county || !town) throw new Error('fixture lacks regions');
    for (let n = 2; n <= 70; n++) {
      const code = `410102${String(n).padStart(3, '0')}`;
      county.children.push(code);
      model.regions.push({ ...town, ref: { ...town.ref, code, name: `第${n}街道` } });
    }
    const large = renderSite(model, { templates }).get('index.html') ?? '';
    expect(large).toContain('<summary>下级区域（70 个）</summary>');
  });
});

describe('titles', () => {
  it("use a catalog's own title only when it names the region", () => {
    const model = fixtureModel();
    const [city, county] = model.regions;
    const cityCatalog = city?.catalogs[0];
    const countyCatalog = county?.catalogs[0];
    if (!cityCatalog || !countyCatalog) throw new Error('fixture lacks catalogs');
    cityCatalog.title = '就业领域基层政务公开标准目录';
    countyCatalog.title = '中原区就业领域基层政务公开标准目录（2024年版）';
    const files = renderSite(model, { templates });
    expect(files.get('r/410100/employment.html')).toContain(
      '<title>郑州市就业领域基层政务公开标准目录</title>',
    );
    expect(files.get('r/410102/employment.html')).toContain(
      '<title>中原区就业领域基层政务公开标准目录（2024年版）</title>',
    );
  });
});

describe('hostile text', () => {
  const files = render();
  const page = files.get('r/410103/employment.html') ?? '';
  const region = files.get('r/410103/index.html') ?? '';

  it('renders as inert text', () => {
    expect(page).toContain('&lt;script&gt;alert(&quot;l1&quot;)&lt;/script&gt;');
    expect(page).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;');
    expect(page).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;');
    expect(page).toContain('{{constructor.constructor}}');
    expect(page).toContain('&amp;lt;escaped&amp;gt; &amp; raw');
    expect(region).toContain('&lt;b&gt;二七区&lt;/b&gt;人民政府办公室');
    for (const html of [page, region]) {
      expect(html).not.toMatch(/<(?:img|b|style|svg)[\s>]/u);
      expect(html).not.toContain('<script>');
    }
  });

  it('gives javascript: URLs in website fields no link', () => {
    for (const html of [page, region]) {
      expect(html).not.toMatch(/href="\s*javascript:/iu);
      expect(html).toContain('<span class="url">javascript:alert(');
    }
    expect(page).toContain('栏目：&quot; onmouseover&#x3D;&quot;alert(7)');
  });
});

describe('templates', () => {
  const folder = join(REPO_ROOT, 'templates/site');
  const sources = ['.', 'partials'].flatMap((sub) =>
    readdirSync(join(folder, sub))
      .filter((file) => file.endsWith('.hbs'))
      .map((file) => join(folder, sub, file)),
  );

  it('never use the unescaped triple-stash', () => {
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources) expect(readFileSync(file, 'utf8'), file).not.toContain('{{{');
  });
});
