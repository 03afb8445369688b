/**
 * 公开层级 labels as tables print them (docs/data-model.md §5), in headers or in cells: "县(区)级", "乡、村级",
 * "镇街(园区)级", "东阳市级", "乡/镇/级" split over lines. A label may name several levels.
 */
import { sortLevels, type Level } from './levels.js';
import { cleanCell } from '../cells/text.js';

/** The characters and words that name a level; 州/盟 are prefecture-level like 市. */
const LEVEL_WORDS: Readonly<Record<string, Level>> = {
  州: 'city',
  市: 'city',
  盟: 'city',
  县: 'county',
  区: 'county',
  旗: 'county',
  乡: 'township',
  镇: 'township',
  街: 'township',
  街道: 'township',
  村: 'village',
  居: 'village',
  社区: 'village',
};

/**
 * The label's last run of level words, after an optional place name: "东阳市" is 东阳 + 市. Words
 * are matched longest first, so 街道 and 社区 are not read as 街 and 区.
 */
const LABEL = /^(.*?)((?:街道|社区|[州市盟县区旗乡镇街村居])+)$/u;
const WORD = /街道|社区|[州市盟县区旗乡镇街村居]/gu;

/**
 * Reads a level label into the levels it names, top-down; undefined when it names none ("全社会",
 * "省级", a body such as "县级人民政府民政部门"). Parentheses, slashes, 、, spaces and line breaks
 * inside the label are ignored; 园区 beside 镇街 is a township-level zone, not a 区.
 */
export function parseLevelLabel(label: string): Level[] | undefined {
  const bare = cleanCell(label)
    .replace(/[\s()（）/／、,，·|]/gu, '')
    .replace(/级/gu, '')
    .replace(/园区/gu, '');
  const words = LABEL.exec(bare)?.[2];
  if (words === undefined) return undefined;
  const levels = [...words.matchAll(WORD)].flatMap((word) => {
    const level = LEVEL_WORDS[word[0]];
    return level ? [level] : [];
  });
  return levels.length > 0 ? sortLevels(levels) : undefined;
}
