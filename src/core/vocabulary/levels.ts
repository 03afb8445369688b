/**
 * Government levels (公开层级). Catalog items say at which levels they apply; regions have one level.
 * Ordered from the top: a city's items reach its counties, a county's its townships.
 */
export const LEVELS = ['city', 'county', 'township', 'village'] as const;
export type Level = (typeof LEVELS)[number];

/** The label an official table prints in its 公开层级 header. */
export const LEVEL_LABELS: Record<Level, string> = {
  city: '市级',
  county: '县级',
  township: '乡级',
  village: '村级',
};

/** What a region of this level is called in Chinese (市, 县/区, 乡/镇/街道, 村/社区). */
export const LEVEL_REGION_NAMES: Record<Level, string> = {
  city: '市',
  county: '县（区）',
  township: '乡（镇、街道）',
  village: '村（社区）',
};

const LEVEL_NAMES = new Map<string, Level>([
  ...LEVELS.map((level) => [level, level] as const),
  ...LEVELS.map((level) => [LEVEL_LABELS[level], level] as const),
]);

/** Reads a level as written in a catalog file: "county" or "县级". */
export function parseLevel(name: string): Level | undefined {
  return LEVEL_NAMES.get(name.trim());
}

/** Depth of a level, 0 for city: a parent region's level has a smaller rank than its child's. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** Sorts levels top-down and drops duplicates. */
export function sortLevels(levels: Iterable<Level>): Level[] {
  const set = new Set(levels);
  return LEVELS.filter((level) => set.has(level));
}
