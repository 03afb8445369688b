/**
 * The year's 动态调整 list (gkml review): withheld documents (依申请公开 / 不予公开) whose yearly
 * review falls due by the end of the year, and documents whose review that year changed their
 * attribute. Pure: the registers in, the list out.
 */
import type { RegionRef, RepositoryModel } from '../model/effective.js';
import { markOf, readAttribute } from './attribute.js';
import { daysBetween } from './calendar.js';
import { reviewDue } from './rules.js';
import type { RawDocument } from './types.js';

export interface ReviewEntry {
  title: string;
  docNo?: string;
  /** The full mark: 此件不公开. */
  attribute: string;
  /** Display path and 1-based index of the document in its register. */
  file: string;
  index: number;
}

export interface DueEntry extends ReviewEntry {
  /** The last review, or the issue date when it was never reviewed. */
  last: string;
  due: string;
  /** The due date has passed (before today). */
  overdue: boolean;
}

export interface ChangedEntry extends ReviewEntry {
  reviewed: string;
  previous: string;
  published?: string;
}

export interface RegionReview {
  region: RegionRef;
  due: DueEntry[];
  changed: ChangedEntry[];
}

export interface ReviewList {
  year: number;
  today: string;
  /** Regions with a register, in the model's order (top-down); empty lists included. */
  regions: RegionReview[];
}

function entry(document: RawDocument, attribute: string, file: string, index: number) {
  return {
    title: document.title,
    ...(document.docNo !== undefined ? { docNo: document.docNo } : {}),
    attribute,
    file,
    index: index + 1,
  };
}

export function reviewList(model: RepositoryModel, year: number, today: string): ReviewList {
  const endOfYear = `${String(year)}-12-31`;
  const regions: RegionReview[] = [];
  for (const region of model.regions) {
    if (!region.register) continue;
    const { file, register } = region.register;
    const due: DueEntry[] = [];
    const changed: ChangedEntry[] = [];
    (register.documents ?? []).forEach((document, index) => {
      const read = document.attribute === undefined ? undefined : readAttribute(document.attribute);
      if (!read?.ok) return;
      const mark = markOf(read.attribute);
      const previous =
        document.previousAttribute === undefined
          ? undefined
          : readAttribute(document.previousAttribute);
      const reviewed = document.reviewed;
      if (previous?.ok && reviewed?.startsWith(`${String(year)}-`) === true) {
        changed.push({
          ...entry(document, mark, file, index),
          reviewed,
          previous: markOf(previous.attribute),
          ...(document.published !== undefined ? { published: document.published } : {}),
        });
      }
      if (read.kind === '主动') return;
      const last = reviewed ?? document.issued;
      const dueOn = reviewDue(last);
      if (daysBetween(dueOn, endOfYear) < 0) return;
      due.push({
        ...entry(document, mark, file, index),
        last,
        due: dueOn,
        overdue: daysBetween(dueOn, today) > 0,
      });
    });
    due.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.index - b.index));
    regions.push({ region: region.ref, due, changed });
  }
  return { year, today, regions };
}
