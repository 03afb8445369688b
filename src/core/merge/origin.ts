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
  const line = at.source.lineOf?.(path) ?? at.source.locate(path)?.start.line ?? 1;
  return { layer: at.layer, file: at.source.file, line };
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
