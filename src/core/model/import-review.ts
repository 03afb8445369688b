/**
 * What an import could not place in a field, kept in the YAML so that it is not lost: a line of
 * the item's `note` (or of the catalog's `notes`) that starts with a tag. `gkml validate` reports
 * every such line until someone has settled it and removed the tag, so a lossy import never
 * validates clean (issue 19).
 */
export const REVIEW_TAG = '【导入待核】';

/** A note line for something the import could not place. */
export function reviewLine(text: string): string {
  return `${REVIEW_TAG}${text.replace(/\s*\n\s*/gu, ' ')}`;
}

/** The tagged lines of a note, without their tag. */
export function reviewLines(note: string | undefined): string[] {
  if (note === undefined) return [];
  return note
    .split('\n')
    .filter((line) => line.startsWith(REVIEW_TAG))
    .map((line) => line.slice(REVIEW_TAG.length));
}
