/**
 * Merging a region repository: the layout of regions (repository-*) and the overlays applied
 * top-down (merge-*). Every overlay problem is located at the overlay's entry.
 */
import type { CodeTable } from '../spec.js';
import { didYouMean, quote } from '../spec.js';
import type { Label } from '../../../i18n/lang.js';

export interface MergeArgs {
  'repository-not-found': { folder: string };
  'repository-national-missing': { path: string };
  'repository-outside': { path: string; target: string };
  'repository-cycle': { path: string; target: string };
  'repository-stray-catalog': NoRegion;
  'repository-duplicate-region': { code: string; firstFile: string };
  'repository-parent-missing': { code: string; parentCode: string; parentLevel: string };
  'merge-unknown-id': {
    id: string;
    action: 'override' | 'omit';
    suggestions: string[];
    /** The layer that omitted the item, when an item of that id existed above. */
    omittedBy?: Label;
    /** The levels the item applies at, when it exists above but does not reach this level. */
    onlyAt?: string[];
    regionLevel?: string;
  };
  'merge-entry-not-inherited': {
    id: string;
    omittedBy?: Label;
    onlyAt?: string[];
    regionLevel: string;
  };
  'merge-local-exists': { id: string; layer: Label; file: string; line: number };
  'merge-remove-unmatched': { id: string; field: Label; entry: string; suggestions: string[] };
  'merge-level-excluded': {
    id: string;
    levels: string[];
    regionLevel: string;
    /** The source gives no levels; these are the assumed ones. */
    assumed: boolean;
  };
  'merge-subject-generic': { id: string; subject?: string; layer: Label; regionLevel: string };
  'merge-place-unmatched': { id: string; anchor: string; side: 'after' | 'before' };
}

type NoRegion = Record<string, never>;

const item = { zh: (id: string) => `事项 ${id}：`, en: (id: string) => `Item ${id}: ` };

export const mergeCodes = {
  'repository-not-found': {
    severity: 'error',
    fatal: true,
    doc: 'No gkml.yaml in the folder or above it: the folder is not inside a region repository.',
    message: {
      zh: (a) => `${a.folder} 及其上级文件夹中都没有 gkml.yaml，不是目录仓库。`,
      en: (a) => `Neither ${a.folder} nor any folder above it holds a gkml.yaml: not a repository.`,
    },
    hint: {
      zh: () => '在仓库根目录运行 gkml init 生成 gkml.yaml，或指定仓库中的文件夹。',
      en: () => 'Run `gkml init` at the root of the repository, or name a folder inside one.',
    },
  },
  'repository-national-missing': {
    severity: 'error',
    fatal: true,
    doc: 'The national baselines folder named in gkml.yaml (`national`) does not exist.',
    message: {
      zh: (a) => `找不到国家基准目录文件夹：${a.path}。`,
      en: (a) => `The national baselines folder ${a.path} does not exist.`,
    },
    hint: {
      zh: () => '改正 gkml.yaml 中的 national；不写时使用 gkml 自带的国家基准目录。',
      en: () => 'Correct `national` in gkml.yaml; without it, gkml uses its bundled baselines.',
    },
  },
  'repository-outside': {
    severity: 'error',
    doc: 'A path of the repository (a linked folder, `national`) leads outside the repository.',
    message: {
      zh: (a) => `${a.path} 指向仓库之外（${a.target}），未读取。`,
      en: (a) => `${a.path} leads outside the repository (${a.target}); not read.`,
    },
    hint: {
      zh: () => '目录仓库只读取仓库内的文件：把文件复制进仓库，再改正路径或删除链接。',
      en: () =>
        'A repository reads only its own files: copy them in, then fix the path or remove the link.',
    },
  },
  'repository-cycle': {
    severity: 'error',
    doc: 'A linked folder leads back to a folder above it, so regions would contain themselves.',
    message: {
      zh: (a) => `${a.path} 链接回上级文件夹 ${a.target}，形成循环，未读取。`,
      en: (a) => `${a.path} links back to ${a.target} above it (a cycle); not read.`,
    },
    hint: {
      zh: () => '区域的上下级由文件夹的嵌套决定；删除这个链接。',
      en: () => 'Regions nest by folders; remove the link.',
    },
  },
  'repository-stray-catalog': {
    severity: 'error',
    doc: 'A catalog file in the repository that belongs to no region (no region.yaml in or above its folder).',
    message: {
      zh: () =>
        '这个目录文件不属于任何区域（所在文件夹及上级文件夹中都没有 region.yaml），未合并。',
      en: () =>
        'This catalog belongs to no region (no region.yaml in its folder or above); not merged.',
    },
    hint: {
      zh: () => '把它移到区域文件夹中，或在它的文件夹中用 gkml init 建立区域。',
      en: () => 'Move it into a region folder, or make its folder a region with `gkml init`.',
    },
  },
  'repository-duplicate-region': {
    severity: 'error',
    doc: 'Two region files claim the same administrative code.',
    message: {
      zh: (a) => `行政区划代码 ${a.code} 已由 ${a.firstFile} 使用。`,
      en: (a) => `The code ${a.code} is already claimed by ${a.firstFile}.`,
    },
    hint: {
      zh: () => '每个区域只能有一个 region.yaml；改正代码，或删除重复的文件夹。',
      en: () => 'One region.yaml per region: correct the code, or remove the duplicate folder.',
    },
  },
  'repository-parent-missing': {
    severity: 'error',
    doc: 'A region skips a level and its code names a parent region that is not in the repository.',
    message: {
      zh: (a) =>
        `区划代码 ${a.code} 属于${a.parentLevel}区域 ${a.parentCode}，但仓库中没有该区域。`,
      en: (a) =>
        `The code ${a.code} belongs to the ${a.parentLevel} region ${a.parentCode}, which is not in the repository.`,
    },
    hint: {
      zh: (a) => `在上级文件夹中为 ${a.parentCode} 建立区域文件夹（gkml init），把本区域移进去。`,
      en: (a) => `Create a folder for ${a.parentCode} (gkml init) and move this region into it.`,
    },
  },
  'merge-unknown-id': {
    severity: 'error',
    doc: 'An override or omission names an id that no layer above defines.',
    message: {
      zh: (a) =>
        a.omittedBy !== undefined
          ? `${item.zh(a.id)}已被${a.omittedBy.zh}标为不适用，不再向下继承。`
          : a.onlyAt !== undefined
            ? `${item.zh(a.id)}上级目录中有这个编号，但它只适用于${a.onlyAt.join('、')}，不向${a.regionLevel ?? '本级'}继承，${a.action === 'omit' ? '无法标为不适用' : '无法修改'}。`
            : `${item.zh(a.id)}上级目录中没有这个编号，${a.action === 'omit' ? '无法标为不适用' : '无法修改'}。${didYouMean('zh', a.suggestions)}`,
      en: (a) =>
        a.omittedBy !== undefined
          ? `${item.en(a.id)}omitted by ${a.omittedBy.en}, so it is not inherited here.`
          : a.onlyAt !== undefined
            ? `${item.en(a.id)}the item exists above but applies only at ${a.onlyAt.join(', ')}, so it does not reach this region (${a.regionLevel ?? ''}) and cannot be ${a.action === 'omit' ? 'omitted' : 'overridden'}.`
            : `${item.en(a.id)}no layer above has this id, so it cannot be ${a.action === 'omit' ? 'omitted' : 'overridden'}. ${didYouMean('en', a.suggestions)}`.trimEnd(),
    },
    hint: {
      zh: (a) =>
        a.onlyAt !== undefined
          ? '在适用层级的区域目录中修改它；若本级也要公开，在定下层级的上级目录中把本级加入 levels。'
          : '检查编号的拼写；若是本级新增的事项，加上 local: true 并写全各字段。',
      en: (a) =>
        a.onlyAt !== undefined
          ? 'Change it in the regions of the levels where it applies; to publish it here too, add this level to its levels in the region above that set them.'
          : 'Check the spelling; a new item of this region needs local: true and every field.',
    },
  },
  'merge-entry-not-inherited': {
    severity: 'warning',
    doc: 'An entry that only names an item (its id and nothing else, as `gkml init` lists them) whose item a layer above omitted or limited to other levels: it has no effect.',
    message: {
      zh: (a) =>
        `${item.zh(a.id)}这一条目只写了编号，但这个事项${a.omittedBy !== undefined ? `已被${a.omittedBy.zh}标为不适用` : `只适用于${(a.onlyAt ?? []).join('、')}`}，不向本级（${a.regionLevel}）继承，这一条目不起作用。`,
      en: (a) =>
        `${item.en(a.id)}the entry names the item only, but ${a.omittedBy !== undefined ? `${a.omittedBy.en} omitted it` : `it applies only at ${(a.onlyAt ?? []).join(', ')}`}, so it does not reach this region (${a.regionLevel}); the entry has no effect.`,
    },
    hint: {
      zh: () => '删除这一条目（gkml init 列出的清单条目在上级省略或限定层级后就过时了）。',
      en: () =>
        'Delete the entry (the entries gkml init lists go stale when a region above omits the item or limits its levels).',
    },
  },
  'merge-local-exists': {
    severity: 'error',
    doc: 'An item declared local (new) has an id that a layer above already defines.',
    message: {
      zh: (a) =>
        `${item.zh(a.id)}标为本地新增，但${a.layer.zh}已有这个编号（${a.file}:${a.line}）。`,
      en: (a) =>
        `${item.en(a.id)}declared local, but ${a.layer.en} already has this id (${a.file}:${a.line}).`,
    },
    hint: {
      zh: () => '要修改上级事项，删除 local: true 并只写要改的字段；要新增事项，换一个新编号。',
      en: () =>
        'To change the inherited item, drop local: true and write only what changes; for a new item, pick a new id.',
    },
  },
  'merge-remove-unmatched': {
    severity: 'error',
    doc: 'A `remove` names a list entry (channel, element, basis) that the inherited item does not have.',
    message: {
      zh: (a) =>
        `${item.zh(a.id)}${quote.zh(a.field.zh)}中没有${quote.zh(a.entry)}，无法删除。${didYouMean('zh', a.suggestions)}`,
      en: (a) =>
        `${item.en(a.id)}${quote.en(a.field.en)} has no ${quote.en(a.entry)} to remove. ${didYouMean('en', a.suggestions)}`.trimEnd(),
    },
    hint: {
      zh: () => '用 gkml merge --explain 查看继承来的列表，按其中的名称删除。',
      en: () => 'See the inherited list with `gkml merge --explain` and remove by its names.',
    },
  },
  'merge-place-unmatched': {
    severity: 'warning',
    doc: "An item's `after` / `before` names an item that is not in the region's table; the item keeps its default place.",
    message: {
      zh: (a) =>
        `${item.zh(a.id)}${a.side === 'after' ? 'after（排在其后）' : 'before（排在其前）'}指向的事项 ${a.anchor} 不在本级目录中，按默认顺序排列。`,
      en: (a) =>
        `${item.en(a.id)}${a.side} names ${a.anchor}, which is not in this region's table; the item keeps its default place.`,
    },
    hint: {
      zh: () =>
        '改为本级目录中的事项编号，或删去这一行；重新导入工作表（gkml import --into）会重写顺序。',
      en: () =>
        "Name an item of this region's table, or drop the line; re-importing the sheet (gkml import --into) rewrites the order.",
    },
  },
  'merge-level-excluded': {
    severity: 'error',
    doc: "An overlay changes or omits an item whose levels (公开层级) exclude the region's level.",
    message: {
      zh: (a) =>
        `${item.zh(a.id)}公开层级为 ${a.levels.join('、')}${a.assumed ? '（来源未注明层级，按此处理）' : ''}，不适用于本级（${a.regionLevel}），本级不能修改或省略它。`,
      en: (a) =>
        `${item.en(a.id)}its levels (${a.levels.join(', ')}${a.assumed ? ', assumed: the source gives none' : ''}) exclude this region's level (${a.regionLevel}); it cannot be changed or omitted here.`,
    },
    hint: {
      zh: () => '在适用层级的下级目录中修改它；若本级也要公开，同时写上包含本级的 levels。',
      en: () =>
        'Change it in the catalogs of the regions where it applies; to publish it here too, also write levels that include this level.',
    },
  },
  'merge-subject-generic': {
    severity: 'warning',
    doc: 'A county or township item whose 公开主体 is still the generic wording from above (县级人民政府XX部门).',
    message: {
      zh: (a) =>
        a.subject === undefined
          ? `${item.zh(a.id)}没有写明公开主体（${a.layer.zh}未填写）。`
          : `${item.zh(a.id)}公开主体${quote.zh(a.subject)}是泛称（来自${a.layer.zh}），${a.regionLevel}目录应写明具体机关。`,
      en: (a) =>
        a.subject === undefined
          ? `${item.en(a.id)}no responsible body is named (${a.layer.en} leaves it blank).`
          : `${item.en(a.id)}the responsible body ${quote.en(a.subject)} is generic (from ${a.layer.en}); a ${a.regionLevel} catalog names the actual body.`,
    },
    hint: {
      zh: (a) => `在本级目录中写 - id: ${a.id} 和 subject: <具体机关名称，如“中原区民政局”>。`,
      en: (a) => `Write - id: ${a.id} with subject: <the body's name, e.g. 中原区民政局> here.`,
    },
  },
} satisfies CodeTable<MergeArgs>;
