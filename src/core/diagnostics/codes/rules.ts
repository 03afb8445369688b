/** Semantic rules of `gkml validate`: what a schema cannot say. */
import type { CodeTable } from '../spec.js';
import { didYouMean, quote, quoteList } from '../spec.js';
import type { Label } from '../../../i18n/lang.js';
import type { Lang } from '../../../i18n/lang.js';

export interface RuleArgs {
  'item-duplicate-id': { id: string; firstLine: number };
  'item-incomplete': { id: string; missing: Label[] };
  'item-field-missing': { id: string; field: Label; key: string };
  'item-omit-with-fields': { id: string; fields: string[] };
  'item-overlay-marker-in-baseline': { id: string; marker: 'local' | 'omit' };
  'list-changes-in-full-item': { id: string; field: Label };
  'list-replace-with-changes': { id: string; field: Label };
  'item-level-impossible': { id: string; levels: string[]; regionLevel: string };
  'item-source-missing': { id: string };
  'channel-unknown': { name: string; suggestions: string[] };
  'channel-variant': { written: string; canonical: string };
  'time-limit-unparsed': { text: string };
  'policy-interpretation-slow': { id: string; limit: string };
  'review-overdue': { id: string; reviewed: string; days: number };
  'audience-group-missing': { id: string };
  'audience-group-unexpected': { id: string };
  'region-code-length': { code: string; level: string; digits: number };
  'region-code-not-nested': { code: string; parentCode: string; parentName: string };
  'region-level-order': { level: string; parentLevel: string; parentName: string };
  'domain-duplicate': { domain: string; firstFile: string };
  'import-review': { id: string; text: string };
  'item-incomplete-declared': { id: string; missing: Label[] };
}

const item = { zh: (id: string) => `事项 ${id}：`, en: (id: string) => `Item ${id}: ` };
const labels = (lang: Lang, list: readonly Label[]): string =>
  quoteList(
    lang,
    list.map((l) => l[lang]),
  );

export const ruleCodes = {
  'item-duplicate-id': {
    severity: 'error',
    doc: 'Two items of one catalog share an id; ids must be unique within a domain.',
    message: {
      zh: (a) => `${item.zh(a.id)}编号重复（第 ${a.firstLine} 行已使用）。`,
      en: (a) => `${item.en(a.id)}the id is used twice (first on line ${a.firstLine}).`,
    },
    hint: {
      zh: () => '每个事项的编号在本领域内必须唯一；给其中一个换一个新编号。',
      en: () => 'Ids are unique within a domain: give one of them a new id.',
    },
  },
  'item-incomplete': {
    severity: 'error',
    doc: 'A complete item (national, or local: true) lacks a field every table row needs.',
    message: {
      zh: (a) => `${item.zh(a.id)}缺少${labels('zh', a.missing)}。`,
      en: (a) => `${item.en(a.id)}missing ${labels('en', a.missing)}.`,
    },
    hint: {
      zh: () =>
        '完整的事项（国家基准或 local: true 的本地事项）须写明一级事项、公开对象、公开方式和公开层级。',
      en: () =>
        'A complete item (a baseline item, or local: true) needs l1, audience, method and levels.',
    },
  },
  'item-field-missing': {
    severity: 'warning',
    doc: 'A complete item lacks a column of the table; list it under `incomplete` if the source lacks it.',
    message: {
      zh: (a) => `${item.zh(a.id)}没有填写${quote.zh(a.field.zh)}。`,
      en: (a) => `${item.en(a.id)}${quote.en(a.field.en)} is not filled in.`,
    },
    hint: {
      zh: (a) => `补上 ${a.key}；如果来源中确实缺失，写 incomplete: [${a.key}]。`,
      en: (a) => `Add ${a.key}; if the source lacks it, write incomplete: [${a.key}].`,
    },
  },
  'item-omit-with-fields': {
    severity: 'error',
    doc: 'An omitted item (omit: reason) also sets fields, which would be lost.',
    message: {
      zh: (a) => `${item.zh(a.id)}已写 omit（不适用），又写了 ${a.fields.join('、')}。`,
      en: (a) => `${item.en(a.id)}omitted (omit), yet it also sets ${a.fields.join(', ')}.`,
    },
    hint: {
      zh: () => '不适用的事项只写 id 和 omit 理由；若要修改字段，请删除 omit。',
      en: () => 'An omitted item has only id and omit; to change fields, remove omit.',
    },
  },
  'item-overlay-marker-in-baseline': {
    severity: 'error',
    doc: '`local` or `omit` in a catalog that has no region above it: there is nothing to add to or omit from.',
    message: {
      zh: (a) =>
        `${item.zh(a.id)}${a.marker} 只能用于某个区域的目录（文件夹中有 region.yaml），这里是基准目录。`,
      en: (a) =>
        `${item.en(a.id)}${a.marker} only makes sense in a region's catalog (a folder with region.yaml).`,
    },
    hint: {
      zh: () => '把文件放进区域文件夹，或删除这个标记。',
      en: () => 'Move the file into a region folder, or remove the marker.',
    },
  },
  'list-changes-in-full-item': {
    severity: 'error',
    doc: 'add/remove/replace used in a complete item, where there is no inherited list to change.',
    message: {
      zh: (a) =>
        `${item.zh(a.id)}${quote.zh(a.field.zh)}用了 add/remove/replace，但这是完整事项，没有可修改的上级列表。`,
      en: (a) =>
        `${item.en(a.id)}${quote.en(a.field.en)} uses add/remove/replace, but the item inherits no list.`,
    },
    hint: {
      zh: () => '直接写出完整列表。',
      en: () => 'Write the whole list.',
    },
  },
  'list-replace-with-changes': {
    severity: 'error',
    doc: 'replace together with add or remove in one list change: the outcome would be ambiguous.',
    message: {
      zh: (a) => `${item.zh(a.id)}${quote.zh(a.field.zh)}同时用了 replace 和 add/remove。`,
      en: (a) => `${item.en(a.id)}${quote.en(a.field.en)} combines replace with add/remove.`,
    },
    hint: {
      zh: () => 'replace 表示整体替换；只保留 replace，或只用 add/remove。',
      en: () => 'replace is a whole new list: keep replace alone, or use add/remove only.',
    },
  },
  'item-level-impossible': {
    severity: 'error',
    doc: "An item of a region's catalog whose levels exclude the region's own level (and, for a county or township, every level below it).",
    message: {
      zh: (a) =>
        `${item.zh(a.id)}公开层级为 ${a.levels.join('、')}，不包括本区域的层级（${a.regionLevel}）。`,
      en: (a) =>
        `${item.en(a.id)}its levels (${a.levels.join(', ')}) exclude this region's level (${a.regionLevel}).`,
    },
    hint: {
      zh: () => '在 levels 中加入本级，或把事项放到适用层级的区域目录中。',
      en: () => "Add this region's level to levels, or move the item to a region where it applies.",
    },
  },
  'item-source-missing': {
    severity: 'error',
    doc: 'An item of a national baseline does not cite its source.',
    message: {
      zh: (a) => `${item.zh(a.id)}国家基准目录中的事项必须注明来源（source）。`,
      en: (a) => `${item.en(a.id)}items of a national baseline must cite their source.`,
    },
    hint: {
      zh: () => '写明部委文件标题、文号，以及所见的政府网站页面（不用镜像网站）。',
      en: () =>
        'Give the ministry document, its number and the government page it was seen on (no mirrors).',
    },
  },
  'channel-unknown': {
    severity: 'error',
    doc: 'A channel that is neither on the national checklist nor declared local.',
    message: {
      zh: (a) => `公开渠道${quote.zh(a.name)}不在国家清单中。${didYouMean('zh', a.suggestions)}`,
      en: (a) =>
        `The channel ${quote.en(a.name)} is not on the national checklist. ${didYouMean('en', a.suggestions)}`.trimEnd(),
    },
    hint: {
      zh: (a) => `若是本地渠道，写成 {name: ${a.name}, local: true}。`,
      en: (a) => `If it is a local channel, write {name: ${a.name}, local: true}.`,
    },
  },
  'channel-variant': {
    severity: 'warning',
    doc: 'A known variant spelling of a checklist channel; it is read as the canonical name.',
    message: {
      zh: (a) => `公开渠道${quote.zh(a.written)}按${quote.zh(a.canonical)}处理。`,
      en: (a) => `The channel ${quote.en(a.written)} is read as ${quote.en(a.canonical)}.`,
    },
    hint: {
      zh: (a) => `改写为规范名称${quote.zh(a.canonical)}。`,
      en: (a) => `Write the canonical name ${quote.en(a.canonical)}.`,
    },
  },
  'time-limit-unparsed': {
    severity: 'warning',
    doc: 'A 公开时限 that gkml cannot read, so it cannot be compared with the national one.',
    message: {
      zh: (a) => `无法识别公开时限${quote.zh(a.text)}，因此不能与国家标准比较。`,
      en: (a) =>
        `Cannot read the time limit ${quote.en(a.text)}, so it cannot be compared with the national one.`,
    },
    hint: {
      zh: () => '参照常见写法，如“信息形成或者变更之日起20个工作日内”“实时”“每年1月31日前”。',
      en: () =>
        'Use a usual phrasing such as “信息形成或者变更之日起20个工作日内”, “实时” or “每年1月31日前”.',
    },
  },
  'policy-interpretation-slow': {
    severity: 'warning',
    doc: 'A 政策解读 item whose time limit exceeds 3 working days after the policy is published. Not checked in a national baseline (a file with a `guideline`), which restates the ministry’s own limit.',
    message: {
      zh: (a) => `${item.zh(a.id)}政策解读的公开时限为“${a.limit}”，超过3个工作日。`,
      en: (a) =>
        `${item.en(a.id)}policy interpretation within "${a.limit}", longer than 3 working days.`,
    },
    hint: {
      zh: () => '政策解读材料应在政策文件公开后3个工作日内发布。',
      en: () => 'Interpretations are due within 3 working days of the policy document.',
    },
  },
  'review-overdue': {
    severity: 'warning',
    doc: 'An 依申请 item last reviewed more than a year ago (review yearly: what is often requested should become 主动).',
    message: {
      zh: (a) =>
        `${item.zh(a.id)}依申请公开事项最近审核于 ${a.reviewed}，已超过一年（${a.days} 天）。`,
      en: (a) =>
        `${item.en(a.id)}an on-request item last reviewed on ${a.reviewed}, over a year ago (${a.days} days).`,
    },
    hint: {
      zh: () => '每年审核依申请公开事项，把经常被申请的内容转为主动公开，并更新 reviewed 日期。',
      en: () =>
        'Review on-request items yearly, turn frequently requested ones into 主动, and update reviewed.',
    },
  },
  'audience-group-missing': {
    severity: 'warning',
    doc: 'A 特定群体 item that does not name the group. An item whose source ticks 特定群体 without naming it lists `audienceGroup` under `incomplete` instead.',
    message: {
      zh: (a) => `${item.zh(a.id)}公开对象为特定群体，但没有写明是哪个群体。`,
      en: (a) => `${item.en(a.id)}the audience is a specific group, but the group is not named.`,
    },
    hint: {
      zh: () => '添加 audienceGroup，如“申请人”。',
      en: () => 'Add audienceGroup, e.g. 申请人.',
    },
  },
  'audience-group-unexpected': {
    severity: 'warning',
    doc: 'An item names an audience group while its audience is 全社会.',
    message: {
      zh: (a) => `${item.zh(a.id)}公开对象为全社会，却写了特定群体名称。`,
      en: (a) => `${item.en(a.id)}the audience is 全社会, yet a group is named.`,
    },
    hint: {
      zh: () => '把 audience 改为“特定群体”，或删除 audienceGroup。',
      en: () => 'Set audience to 特定群体, or remove audienceGroup.',
    },
  },
  'region-code-length': {
    severity: 'error',
    doc: "An administrative code whose length does not fit the region's level (6 digits for 市/县, 9 for 乡, 12 for 村).",
    message: {
      zh: (a) =>
        `行政区划代码${quote.zh(a.code)}与层级${quote.zh(a.level)}不符：应为 ${a.digits} 位。`,
      en: (a) =>
        `The code ${quote.en(a.code)} does not fit the level ${quote.en(a.level)}: it should have ${a.digits} digits.`,
    },
    hint: {
      zh: () => '市、县级为6位，乡级为9位，村级为12位（统计用区划代码）。',
      en: () => 'Cities and counties have 6 digits, townships 9, villages 12 (统计用区划代码).',
    },
  },
  'region-code-not-nested': {
    severity: 'error',
    doc: "A region's code does not start with its parent region's code.",
    message: {
      zh: (a) =>
        `行政区划代码${quote.zh(a.code)}不属于上级${quote.zh(a.parentName)}（${a.parentCode}）。`,
      en: (a) =>
        `The code ${quote.en(a.code)} is not inside the parent ${quote.en(a.parentName)} (${a.parentCode}).`,
    },
    hint: {
      zh: () => '县级代码的前4位与所属市相同，乡级代码的前6位与所属县相同。检查代码或文件夹位置。',
      en: () =>
        "A county's code shares the first 4 digits with its city, a township's the first 6 with its county.",
    },
  },
  'region-level-order': {
    severity: 'error',
    doc: 'A region is not below its parent region (a county inside a township folder…).',
    message: {
      zh: (a) =>
        `层级${quote.zh(a.level)}不能位于上级${quote.zh(a.parentName)}（${a.parentLevel}）之下。`,
      en: (a) =>
        `Level ${quote.en(a.level)} cannot sit under ${quote.en(a.parentName)} (${a.parentLevel}).`,
    },
    hint: {
      zh: () =>
        '下级区域的文件夹放在上级区域的文件夹中：市 → 县（区）→ 乡（镇、街道）→ 村（社区）。',
      en: () => 'Nest region folders top-down: city → county → township → village.',
    },
  },
  'domain-duplicate': {
    severity: 'error',
    doc: 'Two catalog files of one region are for the same domain.',
    message: {
      zh: (a) => `本区域已有${quote.zh(a.domain)}领域的目录（${a.firstFile}）。`,
      en: (a) => `This region already has a catalog for ${quote.en(a.domain)} (${a.firstFile}).`,
    },
    hint: {
      zh: () => '每个区域每个领域只能有一个目录文件；合并两个文件。',
      en: () => 'One file per domain and region: merge the two files.',
    },
  },
  'import-review': {
    severity: 'warning',
    doc: 'A note line tagged 【导入待核】: text gkml import could not place in a field (an unreadable cell, a second audience). It stays reported until the line is settled and the tag removed.',
    message: {
      zh: (a) =>
        `${a.id === '' ? '' : item.zh(a.id)}导入时未能归入字段的内容：${quote.zh(a.text)}。`,
      en: (a) =>
        `${a.id === '' ? '' : item.en(a.id)}the import could not place ${quote.en(a.text)}.`,
    },
    hint: {
      zh: () => '核对原表，把内容写入对应字段（或确认不需要），然后删去这一行的【导入待核】标记。',
      en: () =>
        'Check the source table, move the text into its field (or confirm it is not needed), then remove the 【导入待核】 tag.',
    },
  },
  'item-incomplete-declared': {
    severity: 'warning',
    doc: 'An item of a local catalog (no `guideline`) declares fields missing under `incomplete`, as an import writes for cells the table left empty.',
    message: {
      zh: (a) => `${item.zh(a.id)}缺少${labels('zh', a.missing)}（已在 incomplete 中注明）。`,
      en: (a) => `${item.en(a.id)}${labels('en', a.missing)} missing (declared under incomplete).`,
    },
    hint: {
      zh: () => '补上这些字段后，从 incomplete 中删去它们。',
      en: () => 'Fill in the fields, then remove them from incomplete.',
    },
  },
} satisfies CodeTable<RuleArgs>;
