/**
 * Words that make a query a question ("低保怎么申请", "在哪办理落户"): they are not required to match,
 * they steer the ranking towards how-to rows (办事指南), whose names carry one of HOW_TO_NAMES.
 * Longest first, so that 怎么办理 is taken whole before 怎么.
 */
export const QUESTION_WORDS = [
  '需要什么材料',
  '需要哪些材料',
  '要什么材料',
  '怎么办理',
  '如何办理',
  '怎样办理',
  '去哪里',
  '在哪里',
  '在哪儿',
  '哪里办',
  '怎么办',
  '怎么样',
  '怎么',
  '如何',
  '怎样',
  '在哪',
  '去哪',
  '哪里',
  '申请',
  '办理',
  '手续',
  '流程',
  '条件',
  '我想',
  '我要',
  '可以',
  '能不能',
  '吗',
  '呢',
] as const;

/** Item names that mark a how-to row: 办事指南 and its kin. */
export const HOW_TO_NAMES = ['办事指南', '服务指南', '办理流程', '申请条件', '业务办理'] as const;
