import { describe, expect, it } from 'vitest';
import {
  asciiDigits,
  cleanCell,
  collapseSpaces,
  foldTraditional,
  parseSmallNumber,
  removeSpaces,
  stripPinyinGloss,
} from '../../src/core/cells/text.js';

describe('spaces', () => {
  it('collapses NBSP, ideographic and zero-width spaces', () => {
    expect(collapseSpaces('\u00a0政府网站\u3000\u3000政府公报\u200b\n')).toBe('政府网站 政府公报');
    expect(removeSpaces('调查 结\u00a0果')).toBe('调查结果');
    expect(collapseSpaces('')).toBe('');
  });
});

describe('asciiDigits', () => {
  it('turns full-width digits into ASCII and leaves the rest', () => {
    expect(asciiDigits('２０个工作日')).toBe('20个工作日');
    expect(asciiDigits('二十个工作日')).toBe('二十个工作日');
  });
});

describe('mirror noise', () => {
  it('folds the traditional characters of our vocabulary', () => {
    expect(foldTraditional('政府網站 兩微一端 鄉鎮級')).toBe('政府网站 两微一端 乡镇级');
    expect(foldTraditional('其他')).toBe('其他');
  });

  it('drops pinyin glosses after Han characters only', () => {
    expect(stripPinyinGloss('鎮(zhèn)級(jí)')).toBe('鎮級');
    expect(stripPinyinGloss('县(区)级')).toBe('县(区)级');
    expect(stripPinyinGloss('(GB T)')).toBe('(GB T)');
  });

  it('cleans a cell in one go', () => {
    expect(cleanCell(' 鎮(zhèn)級\u00a0２ ')).toBe('镇级 2');
  });
});

describe('parseSmallNumber', () => {
  it.each([
    ['20', 20],
    ['二十', 20],
    ['十', 10],
    ['十六', 16],
    ['两', 2],
    ['一百零五', 105],
    ['七', 7],
  ])('%s = %i', (text, value) => {
    expect(parseSmallNumber(text)).toBe(value);
  });

  it.each(['', '二十个', 'x', '1.5', '-3'])('%j is no number', (text) => {
    expect(parseSmallNumber(text)).toBeUndefined();
  });
});
