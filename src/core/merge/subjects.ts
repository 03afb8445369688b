/**
 * Generic 公开主体: the national guidelines name bodies by function ("县级人民政府民政部门",
 * "应急管理部门", "相关审批部门"); a county's or township's catalog must name its actual body
 * ("中原区民政局"). A heuristic, used for a warning only.
 */

/** Parts that stand for "whichever body of that level": 县级…, 乡镇…, 地方各级…, 县人民政府. */
const LEVEL_PREFIX =
  /^(?:省级|市级|县级|乡级|村级|地方各级|各级|乡镇|辖区|本级|[省市县区乡镇](?:级)?人民政府)/u;
/** 相关部门, 有关单位: no body at all. */
const VAGUE = /(?:相关|有关)/u;
/** A function with no name: 应急管理部门, 公安机关, 税务主管部门. */
const FUNCTION_ONLY = /(?:部门|机关)$/u;
/**
 * Where a subject lists several bodies. Not 和 or 与: body names hold them (人力资源和社会保障局,
 * 住房和城乡建设局, 文化和旅游局).
 */
const SEPARATORS = /[、，,/／;；\n]|及|或/u;
/** Endings dropped from a region's name to find it inside a body's name ("中原区" → "中原"). */
const NAME_ENDINGS =
  /(?:自治州|自治县|自治旗|街道办事处|街道|社区居委会|社区|村民委员会|村委会|[省市州盟县区旗镇乡村])$/u;

/** Names that make a body concrete: the region's and its ancestors', whole and without ending. */
export function placeNames(regionNames: readonly string[]): string[] {
  const names = new Set<string>();
  for (const name of regionNames) {
    names.add(name);
    const core = name.replace(NAME_ENDINGS, '');
    if ([...core].length >= 2) names.add(core);
  }
  return [...names];
}

/** True when some body the subject lists is named only by its function or level. */
export function isGenericSubject(subject: string, places: readonly string[]): boolean {
  const bare = subject.replace(/[（(][^（）()]*[)）]/gu, '');
  return bare
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .some((part) => isGenericPart(part, places));
}

function isGenericPart(part: string, places: readonly string[]): boolean {
  if (places.some((place) => part.includes(place))) return false;
  return LEVEL_PREFIX.test(part) || VAGUE.test(part) || FUNCTION_ONLY.test(part);
}
