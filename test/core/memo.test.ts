import { describe, expect, it } from 'vitest';
import { rememberText } from '../../src/core/util/memo.js';

describe('rememberText', () => {
  it('computes each text once and shares the frozen result', () => {
    const seen: string[] = [];
    const read = rememberText((text: string) => {
      seen.push(text);
      return { text, parts: [text.length] };
    });
    const first = read('20个工作日');
    expect(read('20个工作日')).toBe(first);
    expect(seen).toEqual(['20个工作日']);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.parts)).toBe(true);
    expect(() => first.parts.push(1)).toThrow(TypeError);
  });

  it('remembers undefined results too', () => {
    let calls = 0;
    const read = rememberText(() => {
      calls++;
      return undefined;
    });
    read('同上');
    read('同上');
    expect(calls).toBe(1);
  });

  it('forgets everything when full, and still answers right', () => {
    let calls = 0;
    const read = rememberText((text: string) => {
      calls++;
      return text.length;
    }, 2);
    expect([read('a'), read('bb'), read('ccc'), read('a')]).toEqual([1, 2, 3, 1]);
    expect(calls).toBe(4);
  });
});
