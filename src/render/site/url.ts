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

/** Phone numbers inside a value ("0371-67418888（总机）、12345"), long enough not to be a postcode. */
const PHONE = /\+?\d[\d-]{5,}\d/gu;
const EMAIL = /^[^\s@<>"'`\\:;,()]+@[^\s@<>"'`\\:;,()]+\.[a-z]{2,}$/iu;

/** A phone value as text with each number a tel: link (the number's digits, + and - only). */
export function phoneParts(value: string): LinkOrText[] {
  const parts: LinkOrText[] = [];
  let at = 0;
  for (const match of value.matchAll(PHONE)) {
    if (match.index > at) parts.push({ text: value.slice(at, match.index) });
    parts.push({ text: match[0], href: `tel:${match[0]}` });
    at = match.index + match[0].length;
  }
  if (at < value.length) parts.push({ text: value.slice(at) });
  return parts;
}

/** An e-mail address as a mailto: link when it is plainly one address; anything else as text. */
export function emailLink(value: string): LinkOrText {
  const trimmed = value.trim();
  return EMAIL.test(trimmed) ? { text: value, href: `mailto:${trimmed}` } : { text: value };
}
