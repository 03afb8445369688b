/** 办事一本通 (region.yaml `bundles`): references that the region's catalogs must satisfy. */
import type { CodeTable } from '../spec.js';
import { didYouMean } from '../spec.js';

export interface BundleArgs {
  'bundle-duplicate-id': { id: string; firstLine: number };
  'bundle-item-unknown': { bundle: string; domain: string; id: string; suggestions: string[] };
  'bundle-item-omitted': { bundle: string; domain: string; id: string; reason: string };
}

export const bundleCodes = {
  'bundle-duplicate-id': {
    severity: 'error',
    doc: 'Two 一件事 bundles of one region share an id; each bundle becomes a page named by its id.',
    message: {
      zh: (a) => `一件事主题 ${a.id}：编号重复（第 ${a.firstLine} 行已使用）。`,
      en: (a) => `Bundle ${a.id}: the id is used twice (first on line ${a.firstLine}).`,
    },
    hint: {
      zh: () => '主题编号是网页的文件名，在本区域内必须唯一；给其中一个换一个编号。',
      en: () => "A bundle's id names its page and is unique within the region: rename one.",
    },
  },
  'bundle-item-unknown': {
    severity: 'error',
    doc: "A 一件事 bundle names an item that is not in the region's catalog of that domain.",
    message: {
      zh: (a) =>
        `一件事主题 ${a.bundle}：本区域的「${a.domain}」目录中没有事项 ${a.id}。${didYouMean('zh', a.suggestions)}`,
      en: (a) =>
        `Bundle ${a.bundle}: the region's ${a.domain} catalog has no item ${a.id}. ${didYouMean('en', a.suggestions)}`.trimEnd(),
    },
    hint: {
      zh: () => '写该领域目录中事项的 id（可用 gkml merge 查看本区域的有效目录）。',
      en: () =>
        "Use the item's id from that domain's catalog (gkml merge shows the region's items).",
    },
  },
  'bundle-item-omitted': {
    severity: 'error',
    doc: 'A 一件事 bundle names an item that the region omits (omit: reason), so citizens could not find it.',
    message: {
      zh: (a) =>
        `一件事主题 ${a.bundle}：「${a.domain}」事项 ${a.id} 在本区域不适用（${a.reason}）。`,
      en: (a) =>
        `Bundle ${a.bundle}: the ${a.domain} item ${a.id} is omitted in this region (${a.reason}).`,
    },
    hint: {
      zh: () => '从主题中删除这一步，或在目录中恢复该事项。',
      en: () => 'Remove the step from the bundle, or restore the item in the catalog.',
    },
  },
} satisfies CodeTable<BundleArgs>;
