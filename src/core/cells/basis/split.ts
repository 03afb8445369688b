/**
 * Splitting a 公开依据 cell into one entry per document (docs/data-model.md §4): on 、 , ， ； and newlines,
 * numbered lists "1.《…》 2.《…》", bullets "●《…》" and adjacent titles "《a》《b》"; never inside
 * 《》 or inside a bracketed number or note, even when a closing bracket was lost.
 */
import { startsWithDocNo } from './doc-number.js';

const SEPARATOR = /[、，,；;\n\r]/u;
const BULLET = /[●·•▪]/u;
const OPEN = /[（(〔﹝[【]/u;
const CLOSE = /[）)〕﹞\]】]/u;
const MARKER = /^(?:\d{1,2}[.．、](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*/u;

/** Does the text start a new basis: a title, a tag, a bullet or a numbered item? */
function startsEntry(text: string): boolean {
  return /^\s*(?:[《【●·•▪①-⑳]|\d{1,2}[.．、](?!\d))/u.test(text);
}

/**
 * Does the text after a separator continue the previous basis: an article ("第二十条"), a date,
 * "等", a document number ("《…》，国办发〔2017〕97号")?
 */
function continues(text: string): boolean {
  const next = text.trimStart();
  return /^(?:第|等|及其|根据|[(（]|\d{4}年)/u.test(next) || startsWithDocNo(next);
}

function tidy(piece: string): string {
  return piece
    .trim()
    .replace(MARKER, '')
    .replace(/^[●·•▪]\s*/u, '')
    .replace(/[\s、，,；;。]+$/u, '')
    .trim();
}

/** Splits a 公开依据 cell into one string per document, list markers dropped, tags kept. */
export function splitBases(cell: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let titles = 0; // depth inside 《》
  let brackets = 0; // depth inside （）〔〕… outside titles
  let hasTitle = false; // the piece already holds a 《…》
  let last = ''; // the last character that is not a space, and whether spaces followed it
  let spaced = false;
  const push = (): void => {
    const piece = tidy(current);
    if (piece !== '') pieces.push(piece);
    current = '';
    brackets = 0;
    hasTitle = false;
    last = '';
  };
  // UTF-16 indices are enough: every character we look for is in the BMP, others are copied.
  for (let index = 0; index < cell.length; index++) {
    const char = cell.charAt(index);
    const outside = titles === 0;
    if (outside && SEPARATOR.test(char)) {
      const after = cell.slice(index + 1, index + 40);
      // A broken bracket ("(国办发〔201680号)") must not glue the rest of the cell together:
      // a separator followed by a new entry splits at any bracket depth.
      if ((brackets === 0 && !continues(after)) || startsEntry(after)) {
        push();
        continue;
      }
    }
    if (outside && BULLET.test(char)) {
      push();
      continue;
    }
    if (outside && brackets === 0 && last !== '') {
      const closed = CLOSE.test(last) || last === '》';
      const ahead = cell.slice(index, index + 24);
      // "《a》《b》", "《a》（国令第711号）【规章】《b》", "1.《a》 2.《b》"
      const newTitle = hasTitle && closed && (char === '《' || /^【[^】\d]{1,20}】/u.test(ahead));
      const newItem = (closed || spaced) && MARKER.test(ahead) && /\d/u.test(char);
      if (newTitle || newItem) push();
    }
    if (char === '《') titles++;
    else if (char === '》') {
      titles = Math.max(0, titles - 1);
      hasTitle = true;
    } else if (outside && OPEN.test(char)) brackets++;
    else if (outside && CLOSE.test(char)) brackets = Math.max(0, brackets - 1);
    current += char;
    if (/\s/u.test(char)) spaced = true;
    else {
      last = char;
      spaced = false;
    }
  }
  push();
  return pieces;
}
