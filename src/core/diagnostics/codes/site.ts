/** gkml.yaml `site`: the portal's frame — its logo and the partials that replace the shipped ones. */
import type { CodeTable } from '../spec.js';

export interface SiteArgs {
  'site-file-missing': { path: string; what: 'logo' | 'templates' };
  'site-template-unknown': { name: string; allowed: string[] };
  'site-template-unsafe': { name: string };
  'site-template-invalid': { name: string; reason: string };
}

const WHAT = {
  logo: { zh: '标志图片', en: 'logo' },
  templates: { zh: '模板文件夹', en: 'templates folder' },
} as const;

export const siteCodes = {
  'site-file-missing': {
    severity: 'error',
    doc: 'gkml.yaml `site.logo` or `site.templates` names a file or folder that is not there.',
    message: {
      zh: (a) => `网站设置的${WHAT[a.what].zh} ${a.path} 不存在。`,
      en: (a) => `The site's ${WHAT[a.what].en} ${a.path} does not exist.`,
    },
    hint: {
      zh: () => '路径相对于 gkml.yaml 所在的文件夹，文件须在目录仓库之内；改正路径或删除这一项。',
      en: () =>
        'The path is relative to the folder of gkml.yaml and must stay inside the repository: fix it or remove the entry.',
    },
  },
  'site-template-unknown': {
    severity: 'warning',
    doc: 'The templates folder of `site.templates` holds a partial that gkml does not let a repository replace; it is ignored.',
    message: {
      zh: (a) => `模板 ${a.name}.hbs 不是可以替换的局部模板，已忽略。`,
      en: (a) => `Template ${a.name}.hbs is not a partial that can be replaced; ignored.`,
    },
    hint: {
      zh: (a) =>
        `可以替换的有：${a.allowed.map((n) => `${n}.hbs`).join('、')}（见 docs/site.md）。`,
      en: (a) => `Replaceable: ${a.allowed.map((n) => `${n}.hbs`).join(', ')} (see docs/site.md).`,
    },
  },
  'site-template-unsafe': {
    severity: 'error',
    doc: 'A replacement partial uses {{{ }}} or {{& }}, which would put catalog text into the page unescaped.',
    message: {
      zh: (a) => `模板 ${a.name}.hbs 使用了不转义的 {{{ }}} 或 {{& }}。`,
      en: (a) => `Template ${a.name}.hbs uses unescaped {{{ }}} or {{& }}.`,
    },
    hint: {
      zh: () => '目录文字不可信，必须转义：改用 {{ }}。',
      en: () => 'Catalog text is untrusted and must be escaped: use {{ }}.',
    },
  },
  'site-template-invalid': {
    severity: 'error',
    doc: 'A replacement partial is not a valid handlebars template (or uses a helper gkml does not have).',
    message: {
      zh: (a) => `模板 ${a.name}.hbs 无法解析：${a.reason}`,
      en: (a) => `Template ${a.name}.hbs cannot be parsed: ${a.reason}`,
    },
    hint: {
      zh: () => '只能使用 {{ }}、{{#if}}、{{#each}}、{{#unless}}、{{#with}} 和 {{> 局部模板}}。',
      en: () => 'Use only {{ }}, {{#if}}, {{#each}}, {{#unless}}, {{#with}} and {{> partial}}.',
    },
  },
} satisfies CodeTable<SiteArgs>;
