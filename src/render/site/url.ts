/**
 * Catalog text is untrusted. A URL becomes a link only when it is plainly http(s): anything else
 * (javascript:, data:, a relative path, text with spaces or quotes) is shown as text.
 */
const SAFE_URL = /^https?:\/\/[^\s"'<>`\\]+$/iu;

export function safeUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return SAFE_URL.test(trimmed) ? trimmed : undefined;
}

/** A value to show, and the link to give it when it is a safe URL. */
export interface LinkOrText {
  text: string;
  href?: string;
}

export function linkOrText(value: string): LinkOrText {
  const href = safeUrl(value);
  return href === undefined ? { text: value } : { text: value, href };
}
