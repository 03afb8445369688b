/** Origins of values: a layer, a file, a line; and the names layers go by in messages. */
import type { JsonPath } from '../diagnostics/index.js';
import { LEVEL_LABELS } from '../vocabulary/levels.js';
import type { Layer, Origin } from '../model/effective.js';
import type { SourceLocator } from '../schema/errors.js';
import type { Label } from '../../i18n/lang.js';
import type { Lang } from '../../i18n/lang.js';

/** One file of one layer, as the merge reads it. */
export interface LayerFile {
  layer: Layer;
  source: SourceLocator;
}

export function originOf(at: LayerFile, path: JsonPath): Origin {
  return new LazyOrigin(at, path);
}

/**
 * An origin whose line is looked up when first read. The 26-domain bench province's merge records
 * 934,000 origins and validate shows 24,000 of them; looking every line up (a file's first lookup
 * indexes its lines) took a tenth of `gkml validate`. To every reader it is plain data: `line` is an
 * own enumerable property (a getter, one descriptor shared by all, so V8 keeps one shape), which
 * JSON, structured clones, spreads and deep equality read like a number.
 */
class LazyOrigin implements Origin {
  static readonly #line: PropertyDescriptor = {
    get(this: LazyOrigin): number {
      return this.#lineNow();
    },
    enumerable: true,
    configurable: true,
  };
  readonly layer: Layer;
  readonly file: string;
  declare readonly line: number;
  /** Until the line is looked up: where to look. */
  #at: LayerFile | undefined;
  #path: JsonPath | undefined;
  #found = 1;

  constructor(at: LayerFile, path: JsonPath) {
    this.layer = at.layer;
    this.file = at.source.file;
    this.#at = at;
    this.#path = path;
    Object.defineProperty(this, 'line', LazyOrigin.#line);
  }

  #lineNow(): number {
    const at = this.#at;
    const path = this.#path;
    if (at !== undefined && path !== undefined) {
      this.#found = at.source.lineOf?.(path) ?? at.source.locate(path)?.start.line ?? 1;
      this.#at = undefined;
      this.#path = undefined;
    }
    return this.#found;
  }
}

/** "国家基准目录" / "中原区（410102）": how a message names a layer. */
export function layerName(layer: Layer, lang: Lang): string {
  if (layer.kind === 'national') return lang === 'zh' ? '国家基准目录' : 'the national baseline';
  return lang === 'zh' ? `${layer.name}（${layer.code}）` : `${layer.name} (${layer.code})`;
}

/** A layer's name in both languages, for diagnostics' arguments. */
export function layerLabel(layer: Layer): Label {
  return { zh: layerName(layer, 'zh'), en: layerName(layer, 'en') };
}

/** A layer's name with its level, for explanations: "中原区（410102，县级）". */
export function layerTitle(layer: Layer, lang: Lang): string {
  if (layer.kind === 'national') return layerName(layer, lang);
  const level = LEVEL_LABELS[layer.level];
  return lang === 'zh'
    ? `${layer.name}（${layer.code}，${level}）`
    : `${layer.name} (${layer.code}, ${layer.level})`;
}
