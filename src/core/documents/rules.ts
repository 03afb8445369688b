/** Rules a register is held to on its own, without the catalogs (see item-rules.ts for those). */
import { markOf, NEEDS_REASON, readAttribute } from './attribute.js';
import { addWorkingDays, dateOf, dayNumber, daysBetween } from './calendar.js';
import type { RegisterContext, RegisterRule } from './context.js';
import { noteEstimate } from './context.js';
import { INTERPRETATION_WORKING_DAYS } from './deadline.js';

/** Exactly one of the four 公开属性; 删减后公开 and 不予公开 say why. */
export const attributes: RegisterRule = (ctx) => {
  ctx.register.documents?.forEach((document, index) => {
    const at = ['documents', index];
    if (document.attribute === undefined) {
      ctx.report('document-attribute-missing', { title: document.title }, at, true);
      return;
    }
    const read = readAttribute(document.attribute);
    if (!read.ok) {
      const args = { written: document.attribute, suggestions: read.suggestions };
      ctx.report('document-attribute-unknown', args, [...at, 'attribute']);
    } else if (NEEDS_REASON.has(read.attribute) && document.reason === undefined) {
      const args = { title: document.title, attribute: markOf(read.attribute) };
      ctx.report('document-reason-missing', args, [...at, 'attribute']);
    }
    if (document.previousAttribute !== undefined) {
      const previous = readAttribute(document.previousAttribute);
      if (!previous.ok) {
        const args = { written: document.previousAttribute, suggestions: previous.suggestions };
        ctx.report('document-attribute-unknown', args, [...at, 'previousAttribute']);
      }
    }
  });
};

export const datesInOrder: RegisterRule = (ctx) => {
  ctx.register.documents?.forEach((document, index) => {
    const { published, issued, title } = document;
    if (published !== undefined && daysBetween(issued, published) < 0) {
      const args = { title, published, issued };
      ctx.report('document-published-before-issued', args, ['documents', index, 'published']);
    }
  });
  ctx.register.consultations?.forEach((consultation, index) => {
    const { title, opened, closed } = consultation;
    if (daysBetween(opened, closed) < 0) {
      const args = { title, opened, closed };
      ctx.report('consultation-dates-order', args, ['consultations', index, 'closed']);
    }
  });
};

/** 政策解读 within 3 working days of the policy's publication, by the official calendar. */
export const interpretations: RegisterRule = (ctx) => {
  ctx.register.documents?.forEach((document, index) => {
    if (document.policy !== true || document.published === undefined) return;
    const at = ['documents', index];
    const due = addWorkingDays(ctx.calendar, document.published, INTERPRETATION_WORKING_DAYS);
    const interpreted = document.interpretation?.published;
    const base = { title: document.title, published: document.published, deadline: due.date };
    if (interpreted === undefined) {
      // Not yet late while the three days run: the register may be written on the day itself.
      if (daysBetween(due.date, ctx.today) <= 0) return;
      noteEstimate(ctx, due, [...at, 'published']);
      ctx.report('interpretation-missing', base, [...at, 'policy']);
      return;
    }
    const path = [...at, 'interpretation', 'published'];
    noteEstimate(ctx, due, path);
    if (daysBetween(due.date, interpreted) > 0) {
      ctx.report('interpretation-late', { ...base, interpreted }, path);
    }
  });
};

/** The date a withheld document's next 动态调整 review is due: a year after the last one. */
export function reviewDue(last: string): string {
  const year = Number(last.slice(0, 4)) + 1;
  const due = `${year}${last.slice(4)}`;
  // 29 February has no anniversary in a common year: the review falls due on 28 February.
  const day = dayNumber(due);
  return day === undefined || dateOf(day) !== due ? `${year}-02-28` : due;
}

/** 依申请公开 / 不予公开 documents are reviewed every year (动态调整, seed item 11). */
export const reviews: RegisterRule = (ctx) => {
  ctx.register.documents?.forEach((document, index) => {
    const read = document.attribute === undefined ? undefined : readAttribute(document.attribute);
    if (!read?.ok || read.kind === '主动') return;
    const last = document.reviewed ?? document.issued;
    const due = reviewDue(last);
    if (daysBetween(due, ctx.today) <= 0) return;
    const field = document.reviewed === undefined ? 'issued' : 'reviewed';
    const args = { title: document.title, attribute: markOf(read.attribute), last, due };
    ctx.report('document-review-due', args, ['documents', index, field]);
  });
};

/** A consultation that has closed publishes its 采纳情况, with reasons for what was not adopted. */
export const consultations: RegisterRule = (ctx) => {
  ctx.register.consultations?.forEach((consultation, index) => {
    const at = ['consultations', index];
    const { title, closed } = consultation;
    const feedback = consultation.feedback;
    if (feedback?.published === undefined && daysBetween(closed, ctx.today) > 0) {
      ctx.report('consultation-feedback-missing', { title, closed }, [...at, 'closed']);
    }
    feedback?.notAdopted?.forEach((entry, position) => {
      if (entry.reason !== undefined && entry.reason.trim() !== '') return;
      const path = [...at, 'feedback', 'notAdopted', position];
      ctx.report('consultation-reason-missing', { title, opinion: entry.opinion }, path);
    });
  });
};

export const REGISTER_RULES: readonly RegisterRule[] = [
  attributes,
  datesInOrder,
  interpretations,
  reviews,
  consultations,
];

export type { RegisterContext };
