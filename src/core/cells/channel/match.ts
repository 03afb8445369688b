/**
 * 公开渠道和载体: reading one channel name as offices write it (docs/data-model.md §2). A name resolves to a
 * canonical channel, a known variant of one, a domain platform, or nothing (with suggestions).
 */
import { CHANNEL_PATTERNS, CHANNEL_PLATFORMS, CHANNEL_VARIANTS } from './names.js';
import { AMBIGUOUS_GLYPHS, glyphState } from '../glyphs.js';
import { rememberText } from '../../util/memo.js';
import { closestMatches } from '../../util/suggest.js';
import { cleanCell } from '../text.js';
import { CANONICAL_CHANNELS, type CanonicalChannel } from '../../vocabulary/table-values.js';

/** Parts of a written name that are not the name: a 其他 explanation, a website address. */
interface Extras {
  /** The name exactly as it was passed in. */
  written: string;
  /** What "其他" stands for: "其他：办税服务厅" → "办税服务厅". */
  detail?: string;
  /** A URL written after the name: "政府网站 http://nr.dg.gov.cn/". */
  url?: string;
}

export type ChannelMatch =
  | (Extras & { kind: 'canonical'; channel: CanonicalChannel })
  | (Extras & { kind: 'variant'; channel: CanonicalChannel })
  | (Extras & { kind: 'platform'; platform: string })
  | { kind: 'unknown'; written: string; suggestions: string[] };

/**
 * Comparison key: width-folded (（）→(), ／→/), no spaces, fraction slash as "/", no underline
 * blanks ("其他_") and no trailing punctuation.
 */
export const channelKey: (name: string) => string = rememberText((name) =>
  cleanCell(name)
    .normalize('NFKC')
    .replace(/[\s_]+/gu, '')
    .replace(/[\u2044\u2215]/gu, '/')
    .replace(/[。.,，;；:：、]+$/u, ''),
);

const CANONICAL_BY_KEY = new Map<string, CanonicalChannel>(
  CANONICAL_CHANNELS.map((channel) => [channelKey(channel), channel]),
);
const VARIANT_BY_KEY = new Map<string, CanonicalChannel>(
  Object.entries(CHANNEL_VARIANTS).map(([variant, channel]) => [channelKey(variant), channel]),
);
const PLATFORM_BY_KEY = new Map<string, string>(
  Object.entries(CHANNEL_PLATFORMS).flatMap(([platform, aliases]) =>
    [platform, ...aliases].map((name) => [channelKey(name), platform] as const),
  ),
);

/** Names offered as suggestions, canonical ones first so that ties favour them. */
const SUGGESTION_TARGETS = new Map<string, string>([
  ...CANONICAL_CHANNELS.map((channel) => [channel, channel] as const),
  ...Object.entries(CHANNEL_VARIANTS),
  ...Object.keys(CHANNEL_PLATFORMS).map((platform) => [platform, platform] as const),
]);

const URL = /(?:https?:\/\/|www\.)[^\s（）()，,；;、]+/iu;
/** What a bare "其他…" may add that is no detail: "其他渠道" is just 其他. */
const NOT_A_DETAIL = new Set(['渠道', '方式', '形式', '途径']);

/** How a name was recognised: exact canonical, exact table entry, or only by its ending. */
type Strength = 3 | 2 | 1;

/** Resolves a name with no glyph and no URL; undefined when no table knows it. */
function resolveName(
  name: string,
  extras: Extras,
): { match: ChannelMatch; strength: Strength } | undefined {
  const key = channelKey(name);
  const canonical = CANONICAL_BY_KEY.get(key);
  if (canonical)
    return { match: { ...extras, kind: 'canonical', channel: canonical }, strength: 3 };
  if (/^其[他它]/u.test(key)) {
    const detail = name
      .replace(/^\s*其[他它][_\s:：]*/u, '')
      .replace(/^[（(]([^（）()]*)[)）]$/u, '$1')
      .trim();
    const match: ChannelMatch =
      detail === '' || NOT_A_DETAIL.has(detail)
        ? { ...extras, kind: 'variant', channel: '其他' }
        : { ...extras, kind: 'canonical', channel: '其他', detail };
    return { match, strength: 2 };
  }
  const variant = VARIANT_BY_KEY.get(key);
  if (variant) return { match: { ...extras, kind: 'variant', channel: variant }, strength: 2 };
  const platform = PLATFORM_BY_KEY.get(key);
  if (platform !== undefined)
    return { match: { ...extras, kind: 'platform', platform }, strength: 2 };
  for (const { pattern, channel } of CHANNEL_PATTERNS) {
    if (!pattern.test(key)) continue;
    const match: ChannelMatch =
      channel === 'platform'
        ? { ...extras, kind: 'platform', platform: cleanCell(name) }
        : { ...extras, kind: 'variant', channel };
    return { match, strength: 1 };
  }
  return undefined;
}

/** Splits off a URL written with the name: "政府网站（http://nr.dg.gov.cn/）". */
function withoutUrl(name: string, written: string): { text: string; extras: Extras } {
  const text = cleanCell(name);
  const url = URL.exec(text);
  if (!url) return { text, extras: { written } };
  return {
    text: text
      .replace(url[0], '')
      .replace(/[（(]\s*[)）]/u, '')
      .trim(),
    extras: { written, url: url[0] },
  };
}

/**
 * How surely a name is a channel: 3 canonical, 2 a known spelling, 1 recognised only by its ending,
 * 0 unknown. Tells "口政府公报" (口 is a box) from "口岸" (口 is text).
 */
export function channelNameStrength(name: string): number {
  const { text, extras } = withoutUrl(name, name);
  return resolveName(text, extras)?.strength ?? 0;
}

function suggestionsFor(name: string): string[] {
  const near = closestMatches(channelKey(name), [...SUGGESTION_TARGETS.keys()], 8);
  const targets = near.map((written) => SUGGESTION_TARGETS.get(written) ?? written);
  return [...new Set(targets)].slice(0, 3);
}

/**
 * Resolves a name that carries no checkbox glyph: strips a URL, then looks it up in the canonical,
 * variant and platform tables and the family patterns. `written` is reported back unchanged.
 */
export function matchChannelName(name: string, written: string = name): ChannelMatch {
  const { text, extras } = withoutUrl(name, written);
  return (
    resolveName(text, extras)?.match ?? {
      kind: 'unknown',
      written,
      suggestions: suggestionsFor(text),
    }
  );
}

/**
 * Reads one channel name as written. A leading checkbox glyph is dropped (its state is the concern
 * of `parseChannelCell`); 口/R/t only when what follows is a known name, as they are also text.
 */
export const normalizeChannel: (written: string) => ChannelMatch = rememberText(readChannel);

function readChannel(written: string): ChannelMatch {
  const name = cleanCell(written);
  const first = name.charAt(0);
  if (glyphState(first) === undefined) return matchChannelName(name, written);
  if (!AMBIGUOUS_GLYPHS.has(first)) return matchChannelName(name.slice(1), written);
  // 口/R/t are a box only if the name reads better without them ("R政府网站", not "口岸").
  const rest = name.slice(1);
  const boxed = channelNameStrength(rest) > channelNameStrength(name);
  return matchChannelName(boxed ? rest : name, written);
}

/** True when the match names a channel (canonical, variant or platform) rather than nothing. */
export function isKnownChannel(
  match: ChannelMatch,
): match is Exclude<ChannelMatch, { kind: 'unknown' }> {
  return match.kind !== 'unknown';
}
