/** Values as short display text, for the history of a field and for messages. */
import { LEVEL_LABELS } from '../vocabulary/levels.js';
import type { Item, ScalarField } from '../model/item.js';

/** The display text of a scalar field's value, or undefined when the field is empty. */
export function scalarText(item: Item, field: ScalarField): string | undefined {
  switch (field) {
    case 'timeLimit':
      return item.timeLimit?.text;
    case 'levels':
      return item.levels.length === 0
        ? undefined
        : item.levels.map((level) => LEVEL_LABELS[level]).join('、');
    case 'source':
      return item.source === undefined
        ? undefined
        : [item.source.document, item.source.docNo].filter((part) => part !== undefined).join(' ');
    default:
      return item[field];
  }
}
