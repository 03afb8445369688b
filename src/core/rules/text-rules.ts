/** Rules that read the free text of channels and time limits. */
import { normalizeChannel } from '../cells/channel/match.js';
import type { RawChannel } from '../model/raw.js';
import { parseTimeLimit } from '../cells/time-limit/parse.js';
import type { CatalogRule } from './context.js';

/** Channels come from the national checklist (variants are read, with a warning), or are local. */
export const knownChannels: CatalogRule = (ctx) => {
  ctx.catalog.items.forEach((item, index) => {
    const list = item.channels;
    if (list === undefined) return;
    const groups: [RawChannel[], (string | number)[]][] = Array.isArray(list)
      ? [[list, []]]
      : [
          [list.add ?? [], ['add']],
          [list.replace ?? [], ['replace']],
        ];
    for (const [entries, prefix] of groups) {
      entries.forEach((entry, position) => {
        const name = typeof entry === 'string' ? entry : entry.name;
        // A channel declared local is the region's own: nothing to look up.
        if (typeof entry !== 'string' && entry.local === true) return;
        const path = ['items', index, 'channels', ...prefix, position];
        const match = normalizeChannel(name);
        if (match.kind === 'unknown') {
          ctx.report('channel-unknown', { name, suggestions: match.suggestions }, path);
        } else if (match.kind === 'variant') {
          ctx.report('channel-variant', { written: name, canonical: match.channel }, path);
        }
      });
    }
  });
};

/** A limit gkml cannot read cannot be compared with the national one: worth a warning. */
export const readableTimeLimits: CatalogRule = (ctx) => {
  ctx.catalog.items.forEach((item, index) => {
    if (item.timeLimit !== undefined && parseTimeLimit(item.timeLimit) === undefined) {
      ctx.report('time-limit-unparsed', { text: item.timeLimit }, ['items', index, 'timeLimit']);
    }
  });
};

/**
 * 政策解读 is due within 3 working days of the policy it explains (seed item 14). A national baseline
 * (a file with a `guideline`) restates the ministry's own limit, which its editors cannot shorten:
 * the rule is for the catalogs that set their own.
 */
export const promptPolicyInterpretation: CatalogRule = (ctx) => {
  if (ctx.kind === 'baseline' && ctx.catalog.guideline !== undefined) return;
  ctx.catalog.items.forEach((item, index) => {
    const names = [item.l1, item.l2, item.l3].join(' ');
    if (!names.includes('政策解读') || item.timeLimit === undefined) return;
    const parsed = parseTimeLimit(item.timeLimit);
    // Calendar days count too: over 3 calendar days may already pass 3 working days.
    const slow = parsed?.clauses.some(
      (clause) => clause.kind === 'days' && clause.qualifier === 'within' && clause.days > 3,
    );
    if (slow === true) {
      ctx.report('policy-interpretation-slow', { id: item.id, limit: item.timeLimit }, [
        'items',
        index,
        'timeLimit',
      ]);
    }
  });
};
