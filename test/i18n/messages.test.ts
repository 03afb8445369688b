/**
 * Message tables (src/i18n/messages.ts): both languages joined per key, and a table whose English
 * lacks a key, has one too many or takes other arguments does not typecheck (the @ts-expect-error
 * lines fail `npm run typecheck` as soon as the types stop catching them).
 */
import { describe, expect, it } from 'vitest';
import { messages, speaker } from '../../src/i18n/messages.js';

const table = messages(
  { title: '标题', count: (n: number) => `共 ${n} 个` },
  { title: 'title', count: (n) => `${n} in all` },
);

describe('message tables', () => {
  it('joins a sentence and a function of its arguments into labels', () => {
    expect(table.title).toEqual({ zh: '标题', en: 'title' });
    expect(table.count(3)).toEqual({ zh: '共 3 个', en: '3 in all' });
  });

  it('reads help text by key in one language', () => {
    expect(speaker('en', table)('title')).toBe('title');
    expect(speaker('zh', table)('title')).toBe('标题');
  });

  it('refuses tables that do not match, at compile time', () => {
    const typeErrors = () => {
      // @ts-expect-error the English table lacks a key
      messages({ a: '甲', b: '乙' }, { a: 'a' });
      // @ts-expect-error the English table has a key the Chinese one lacks
      messages({ a: '甲' }, { a: 'a', b: 'b' });
      // @ts-expect-error a sentence in one language, a function in the other
      messages({ a: (x: string) => x }, { a: 'a' });
      // @ts-expect-error a key with arguments is not help text
      speaker('zh', table)('count');
    };
    expect(typeof typeErrors).toBe('function');
  });
});
