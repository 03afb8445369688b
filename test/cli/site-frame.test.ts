/**
 * The portal's frame (gkml.yaml `site`) on a copy of the examples: title, logo, header links,
 * footer and identification lines, replacement partials, and the check report kept private.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run as compile } from '../../src/cli/commands/compile/run.js';
import { run as site } from '../../src/cli/commands/site/run.js';
import type { CliIo } from '../../src/cli/io.js';
import { REPO_ROOT, TEST_TODAY } from '../helpers/cli.js';
import { tempFolder } from '../helpers/git.js';

// Every case's folder inside one, removed at the end.
const work = tempFolder('gkml-site-frame-');
afterAll(() => {
  work.remove();
});

function io(cwd: string) {
  const streams = { stdout: '', stderr: '' };
  const cli: CliIo = {
    cwd,
    env: {},
    stdout: { write: (text) => void (streams.stdout += text) },
    stderr: { write: (text) => void (streams.stderr += text) },
    lang: 'zh',
    colour: false,
    today: TEST_TODAY,
  };
  return { cli, streams };
}

/** A copy of the examples with `siteYaml` appended to its gkml.yaml. */
function repository(siteYaml: string, files: Record<string, string> = {}): string {
  const cwd = mkdtempSync(join(work.path, 'case-'));
  cpSync(join(REPO_ROOT, 'examples'), join(cwd, 'repo'), { recursive: true });
  const project = join(cwd, 'repo/gkml.yaml');
  writeFileSync(project, `${readFileSync(project, 'utf8')}${siteYaml}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(cwd, 'repo', path, '..'), { recursive: true });
    writeFileSync(join(cwd, 'repo', path), content);
  }
  return cwd;
}

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"></svg>\n';
const FRAME = `site:
  title: 云川市政务公开标准目录 <b>示例</b>
  logo: brand/logo.svg
  links:
    - { text: 云川市人民政府, url: "https://www.yunchuan.example/" }
  footer:
    - 主办：云川市人民政府办公室（示例）
  siteCode: "0000000000"
  icp: 示ICP备00000000号
  police: 示公网安备 00000000000000号
  templates: portal
  search:
    synonyms:
      老人证: [老年人]
`;

describe('gkml site with a site block', () => {
  it('puts the title, logo, links, footer and identification lines on every page, escaped', async () => {
    const cwd = repository(FRAME, {
      'brand/logo.svg': LOGO,
      'portal/footer.hbs':
        '<footer class="site portal-footer"><p>{{frame.siteName}}</p>{{#each frame.portal.codes}}<span>{{> link this}}</span>{{/each}}</footer>',
    });
    const { cli, streams } = io(cwd);
    const code = await site({ folder: 'repo', out: 'public', force: false, downloads: false }, cli);
    // The examples' registers bring warnings (late documents); no error may come from the frame.
    expect(streams.stderr).not.toMatch(/\s错误\s/u);
    expect(streams.stderr).toMatch(/✖ 0 个错误/u);
    expect(code).toBe(0);
    expect(readFileSync(join(cwd, 'public/assets/logo.svg'), 'utf8')).toBe(LOGO);
    const page = readFileSync(join(cwd, 'public/r/431400/index.html'), 'utf8');
    expect(page).toContain('云川市政务公开标准目录 &lt;b&gt;示例&lt;/b&gt;</a>');
    expect(page).toContain('<img src="../../assets/logo.svg" alt="">');
    expect(page).toContain(
      '<a class="url" href="https://www.yunchuan.example/" rel="noreferrer noopener">云川市人民政府</a>',
    );
    // The replacement footer, with the identification lines and their official links.
    expect(page).toContain('<footer class="site portal-footer">');
    expect(page).toContain('<span class="url">网站标识码：0000000000</span>');
    expect(page).toContain('href="https://beian.miit.gov.cn/"');
    expect(page).toContain('registerSystemInfo?recordcode&#x3D;00000000000000');
    expect(page).not.toContain('主办：云川市人民政府办公室（示例）');
    const index = readFileSync(join(cwd, 'public/assets/search-index.js'), 'utf8');
    expect(index).toContain('["老人证",["老年人"]');
  });

  it('stops on a missing logo, an unsafe or broken partial; warns of one it does not replace', async () => {
    const cwd = repository('site:\n  logo: missing.png\n  templates: portal\n', {
      'portal/header.hbs': '<header>{{{frame.siteName}}}</header>',
      'portal/footer.hbs': '<footer>{{bogus frame}}</footer>',
      'portal/layout.hbs': '<p>no</p>',
    });
    const { cli, streams } = io(cwd);
    const code = await site({ folder: 'repo', out: 'public', force: false, downloads: false }, cli);
    expect(code).toBe(1);
    expect(streams.stderr).toMatch(
      /repo\/gkml\.yaml\n\s+\d+:\d+\s+错误\s+网站设置的标志图片 missing\.png 不存在/u,
    );
    expect(streams.stderr).toContain('site-template-unsafe');
    expect(streams.stderr).toContain('site-template-unknown');
    expect(streams.stderr).toContain('site-template-invalid');
    expect(existsSync(join(cwd, 'public/index.html'))).toBe(false);
  });

  it('refuses a logo outside the repository', async () => {
    const cwd = repository('site:\n  logo: ../outside.png\n');
    writeFileSync(join(cwd, 'outside.png'), 'x');
    const { cli, streams } = io(cwd);
    expect(await site({ folder: 'repo', out: 'public', force: false, downloads: false }, cli)).toBe(
      1,
    );
    expect(streams.stderr).toContain('repository-outside');
  });
});

describe('gkml compile with site.report: private', () => {
  it('keeps report.html and report.json beside the output, unlinked from the site', async () => {
    const cwd = repository('site:\n  report: private\n');
    const { cli, streams } = io(cwd);
    const code = await compile(
      { folder: 'repo', out: 'out', force: false, failOn: 'error', channels: 'checklist' },
      cli,
    );
    expect(code).toBe(0);
    expect(existsSync(join(cwd, 'out/report.html'))).toBe(false);
    expect(existsSync(join(cwd, 'out/report.json'))).toBe(false);
    const report = readFileSync(join(cwd, 'out.report/report.html'), 'utf8');
    expect(report).toContain('<link rel="stylesheet" href="../out/assets/site.css">');
    expect(report).toContain('href="../out/r/431400/index.html"');
    expect(existsSync(join(cwd, 'out.report/report.json'))).toBe(true);
    expect(readFileSync(join(cwd, 'out/index.html'), 'utf8')).not.toContain('report.html');
    expect(streams.stdout).toContain('检查报告 out.report/report.html');
  });

  it('publishes nothing the site withholds: the caches, which hold every file, live beside the output', async () => {
    const cwd = repository('site:\n  report: private\n');
    const { cli } = io(cwd);
    const options = { out: 'out', force: false, failOn: 'error', channels: 'checklist' } as const;
    expect(await compile({ folder: 'repo', ...options }, cli)).toBe(0);
    // A 不予公开 document's title, in every encoding a file of the output could hold it in (V8
    // serializes such strings as UTF-16).
    const title = '关于桥东街道信访积案化解的工作方案';
    const holding = (folder: string) =>
      filesUnder(folder).filter((file) => {
        const bytes = readFileSync(file);
        return ['utf8', 'utf16le'].some((encoding) =>
          bytes.includes(Buffer.from(title, encoding as BufferEncoding)),
        );
      });
    expect(holding(join(cwd, 'out'))).toEqual([]);
    // The search can find it: the caches beside the output hold it.
    expect(holding(join(cwd, 'out.gkml-cache')).length).toBeGreaterThan(0);
  });
});

/** Every file below `folder`, hidden ones included. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
