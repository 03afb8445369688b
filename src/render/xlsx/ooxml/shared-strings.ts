/**
 * The workbook's shared string table: each distinct text once, cells refer to it by index. A
 * table repeats much (√, the channel checklists, headers), so the file is smaller than with
 * inline strings, and readers (exceljs, which `gkml import` uses) read shared strings as plain text.
 */
import { XML_DECLARATION, xmlText } from './xml.js';

/** Leading or trailing whitespace, or a line break: Excel keeps them only with xml:space. */
const NEEDS_PRESERVE = /^\s|\n|\s$/u;

export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly texts: string[] = [];
  private references = 0;

  /** The index of `text`, adding it on first use. */
  index(text: string): number {
    this.references++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.texts.length;
      this.indexes.set(text, index);
      this.texts.push(text);
    }
    return index;
  }

  toXml(): string {
    const items = this.texts.map((text) =>
      NEEDS_PRESERVE.test(text)
        ? `<si><t xml:space="preserve">${xmlText(text)}</t></si>`
        : `<si><t>${xmlText(text)}</t></si>`,
    );
    return `${XML_DECLARATION}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.texts.length}">${items.join('')}</sst>`;
  }
}
