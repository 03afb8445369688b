/**
 * Human names of item fields, for messages and renderers. They repeat the schema's title / x-en;
 * test/core/schema-drift.test.ts fails when the two drift apart.
 */
import type { ListField, ScalarField } from './item.js';
import type { RawBundle, RawBundleStep, RawItem } from './raw.js';
import type { Label } from '../../i18n/lang.js';

export const ITEM_FIELD_LABELS = {
  id: { zh: '事项编号', en: 'id' },
  local: { zh: '本地新增事项', en: 'local item' },
  omit: { zh: '不适用的理由', en: 'omission reason' },
  l1: { zh: '一级事项', en: 'level-1 item' },
  l2: { zh: '二级事项', en: 'level-2 item' },
  l3: { zh: '三级事项', en: 'level-3 item' },
  elements: { zh: '公开内容（要素）', en: 'elements' },
  bases: { zh: '公开依据', en: 'legal bases' },
  timeLimit: { zh: '公开时限', en: 'time limit' },
  subject: { zh: '公开主体', en: 'responsible body' },
  channels: { zh: '公开渠道和载体', en: 'channels' },
  audience: { zh: '公开对象', en: 'audience' },
  audienceGroup: { zh: '特定群体名称', en: 'audience group' },
  method: { zh: '公开方式', en: 'method' },
  levels: { zh: '公开层级', en: 'levels' },
  stage: { zh: '过程（五公开）', en: 'stage' },
  column: { zh: '网站栏目', en: 'website column' },
  url: { zh: '栏目网址', en: 'column URL' },
  reviewed: { zh: '最近审核日期', en: 'review date' },
  source: { zh: '来源', en: 'source' },
  incomplete: { zh: '原文缺失的字段', en: 'incomplete fields' },
  note: { zh: '备注', en: 'note' },
  after: { zh: '排在其后', en: 'placed after' },
  before: { zh: '排在其前', en: 'placed before' },
  deprecated: { zh: '已停用', en: 'deprecated' },
} as const satisfies Record<keyof RawItem, Label>;

export type ItemField = keyof RawItem;

/** Human names of the fields of a 一件事 bundle (region.yaml `bundles`), checked like the item's. */
export const BUNDLE_FIELD_LABELS = {
  id: { zh: '主题编号', en: 'bundle id' },
  name: { zh: '主题名称', en: 'bundle name' },
  description: { zh: '主题说明', en: 'bundle description' },
  items: { zh: '主题事项', en: 'bundle items' },
} as const satisfies Record<keyof RawBundle, Label>;

export const BUNDLE_STEP_FIELD_LABELS = {
  domain: { zh: '领域', en: 'domain' },
  id: { zh: '事项编号', en: 'item id' },
  note: { zh: '办理提示', en: 'step note' },
} as const satisfies Record<keyof RawBundleStep, Label>;

/** Item fields in the order of the printed table, without the bookkeeping (source, incomplete). */
export const TABLE_FIELDS = [
  'l1',
  'l2',
  'l3',
  'elements',
  'bases',
  'timeLimit',
  'subject',
  'channels',
  'audience',
  'audienceGroup',
  'method',
  'levels',
  'stage',
  'column',
  'url',
  'reviewed',
  'note',
] as const satisfies readonly (ScalarField | ListField)[];
