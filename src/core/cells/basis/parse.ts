/**
 * 公开依据 (docs/data-model.md §4): one legal basis as written, read into title, document number, rank and
 * note. Titles are kept as written; `basisKey` gives the form to merge by. The basis is never
 * checked against its item: real catalogs cite the wrong law, and that is for people to judge.
 */
import { findDocNo } from './doc-number.js';
import { asciiDigits, collapseSpaces } from '../text.js';
import { rememberText } from '../../util/memo.js';
import type { BasisRank } from '../../vocabulary/table-values.js';

export interface ParsedBasis {
  /** The text exactly as passed in. */
  written: string;
  /** The title with 《》 ("《政府信息公开条例》"); a placeholder or bare number as written. */
  title: string;
  /** The document number as written, brackets kept, outer parentheses dropped. */
  docNo?: string;
  /** Whatever else was written: amendment history, article, "等", "及其实施细则". */
  note?: string;
  /** The tag printed in front, without 【】: "条例", "部门规章及规范性文件". */
  tag?: string;
  rank?: BasisRank;
  /** Whether the rank comes from the printed tag or was inferred from the number or title. */
  rankSource?: 'tag' | 'inferred';
  /** A stand-in, not a document: "信息公开规定", "同上", "《XX省…实施方案》". */
  placeholder: boolean;
}

/**
 * Ranks of the tags seen (巩留, 锡林浩特). 【条例】 is read as 行政法规, its usual meaning, though
 * 巩留 puts it on a ministry notice; 【部门规章及规范性文件】 covers two ranks and gets the higher,
 * 规章, as the most it can claim. The tag itself is kept for anyone who needs the exact words.
 */
const TAG_RANKS: Readonly<Record<string, BasisRank>> = {
  法律: '法律',
  行政法规: '行政法规',
  条例: '行政法规',
  地方性法规: '地方性法规',
  规章: '规章',
  部门规章: '规章',
  政府规章: '规章',
  地方政府规章: '规章',
  部门规章及规范性文件: '规章',
  规范性文件: '规范性文件',
};

const PROVINCES =
  /^(?:北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)/u;

/** Best-effort rank without a tag: the issuing instrument first, then the kind of title. */
function inferRank(title: string, docNo: string | undefined): BasisRank | undefined {
  if (docNo !== undefined) {
    if (/主席令/u.test(docNo)) return '法律';
    if (/国务院令|国令/u.test(docNo)) return '行政法规';
    if (/[部委局署会行]令|号令$/u.test(docNo)) return '规章';
  }
  const bare = title.replace(/^《|》$/gu, '');
  if (/条例$/u.test(bare)) return PROVINCES.test(bare) ? '地方性法规' : '行政法规';
  if (/法$/u.test(bare) && !/(?:办|方|做)法$/u.test(bare)) return '法律';
  return undefined;
}

const PLACEHOLDER_TEXT =
  /^(?:同上|同前|信息公开规定|相关政策文件)$|^(?:各(?:地|省|市|县|级)|等)|(?:相关|有关|配套)(?:政策|法律|法规|规定|文件)/u;
const PLACEHOLDER_NAME = /[XＸxｘ×]{2}|[*＊]{2}|○○|某某/u;
/** Endings of document titles, to give a title written without 《》 its brackets. */
const TITLE_END = /(?:法|条例|规定|办法|细则|意见|通知|决定|方案|规划|公告|标准|指引|纲要)$/u;

/** The first balanced 《…》, allowing 《》 nested inside; a lost 》 or 《 is put back. */
function findTitle(text: string): { title: string; before: string; after: string } | undefined {
  const start = text.indexOf('《');
  if (start < 0) {
    const end = text.indexOf('》');
    if (end < 0) return undefined;
    return { title: `《${text.slice(0, end)}》`, before: '', after: text.slice(end + 1) };
  }
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '《') depth++;
    if (char === '》' && --depth === 0) {
      const title = text.slice(start, index + 1);
      return { title, before: text.slice(0, start), after: text.slice(index + 1) };
    }
  }
  return { title: `${text.slice(start)}》`, before: text.slice(0, start), after: '' };
}

/** What is left around a document number: without empty brackets, stray 号, edge punctuation. */
function tidy(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest
      .replace(/[（(〔[【]\s*[)）〕\]】]/gu, '')
      .replace(/^[\s，,；;:：、。）)〕\]】]+|[\s，,；;:：、（(〔[【]+$/gu, '')
      .replace(/^[（(]([^（）()]*)[)）]$/u, '$1')
      .replace(/^号$/u, '');
  }
  return rest;
}

/** Reads one basis as written ("【法律】《…》（主席令第41号，2015年12月27日修正）"). Never throws. */
export function parseBasis(text: string): ParsedBasis {
  let rest = collapseSpaces(asciiDigits(text)).replace(
    /^(?:\d{1,2}[.．、](?!\d)|[(（]\d{1,2}[)）]|[●·•▪①-⑳])\s*/u,
    '',
  );
  const result: ParsedBasis = { written: text, title: '', placeholder: false };
  const tag = /^【([^】\d]{1,20})】\s*/u.exec(rest);
  if (tag?.[1] !== undefined) {
    result.tag = tag[1];
    rest = rest.slice(tag[0].length);
  }
  const found = findTitle(rest);
  const around = found ? `${found.before} ${found.after}` : rest;
  const number = findDocNo(around);
  if (number) result.docNo = number.docNo;
  const left = tidy(number ? around.replace(number.docNo, '') : around);
  if (found) {
    result.title = found.title;
    if (left !== '') result.note = left;
  } else if (left === '') {
    result.title = number?.docNo ?? '';
  } else {
    result.title = TITLE_END.test(left) && !PLACEHOLDER_TEXT.test(left) ? `《${left}》` : left;
  }
  const bare = result.title.replace(/^《|》$/gu, '');
  result.placeholder =
    PLACEHOLDER_NAME.test(bare) || (!found && (bare === '' || PLACEHOLDER_TEXT.test(bare)));
  const tagRank = result.tag === undefined ? undefined : TAG_RANKS[result.tag];
  const rank = tagRank ?? (result.placeholder ? undefined : inferRank(result.title, result.docNo));
  if (rank) {
    result.rank = rank;
    result.rankSource = tagRank ? 'tag' : 'inferred';
  }
  return result;
}

/**
 * The form to merge bases by: no 《》, no 中华人民共和国 in front, no spaces, 、 or quotes, one
 * kind of inner bracket and dash. 《政府信息公开条例》 and 《中华人民共和国政府信息公开条例》 match;
 * different short names (《信息公开条例》) do not, as guessing would merge different documents.
 */
export const basisKey: (title: string) => string = rememberText((title) =>
  title
    .normalize('NFKC')
    .replace(/^\s*《|》\s*$/gu, '')
    .replace(/^中华人民共和国/u, '')
    .replace(/[<《‹]/gu, '〈')
    .replace(/[>》›]/gu, '〉')
    .replace(/[—–\-－~～]+/gu, '-')
    .replace(/[\s、·“”"'‘’]/gu, ''),
);
