/** Shared wording of version changes: a field's change as one phrase, a change's origin. */
import type { FieldChange, ItemChange } from '../../core/diff/index.js';
import { ITEM_FIELD_LABELS } from '../../core/model/fields.js';
import { layerLabel, text } from './labels.js';
import type { Lang } from '../../i18n/lang.js';

const quote = (lang: Lang, value: string | null): string =>
  value === null
    ? lang === 'zh'
      ? '（无）'
      : '(none)'
    : lang === 'zh'
      ? `「${value}」`
      : `"${value}"`;

export function fieldLabel(change: FieldChange, lang: Lang): string {
  return ITEM_FIELD_LABELS[change.field][lang];
}

/**
 * "「a」 → 「b」", or for a list the entries that come and go: "+「微信群」 −「■政务服务中心」",
 * which reads better than two long lists.
 */
export function fieldPhrase(change: FieldChange, lang: Lang): string {
  const added = change.added ?? [];
  const removed = change.removed ?? [];
  if (added.length + removed.length > 0) {
    return [
      ...added.map((v) => `+${quote(lang, v)}`),
      ...removed.map((v) => `−${quote(lang, v)}`),
    ].join(' ');
  }
  return `${quote(lang, change.old)} → ${quote(lang, change.new)}`;
}

/** "↑ 继承自中原区" for an inherited field or change; "" for the region's own. */
export function originNote(inherited: boolean, from: ItemChange['from'], lang: Lang): string {
  return inherited ? text[lang].from(layerLabel(from, lang)) : '';
}

export function fieldOrigin(change: FieldChange, lang: Lang): string {
  return originNote(change.inherited, change.at?.layer ?? change.origins[0]?.layer, lang);
}
