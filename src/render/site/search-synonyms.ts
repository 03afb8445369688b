/**
 * How citizens ask, and how catalogs name things: the search's curated synonym table. A key is a
 * colloquial, old or abbreviated word (低保, 拆迁, 五保); its values are the words the catalogs use
 * (最低生活保障, 房屋征收, 特困人员). A query word that is, or contains, a key also finds the values.
 * Grouped by domain so that every one of the 26 is covered; a test checks that each value occurs in
 * that domain's national baseline, so no entry leads nowhere. Repositories add their own under
 * `site.search.synonyms` in gkml.yaml (docs/site.md).
 */
import type { DomainId } from '../../core/vocabulary/domains.js';

export type SynonymTable = Readonly<Record<string, readonly string[]>>;

export const SYNONYMS = {
  'major-construction-projects': {
    立项: ['项目建议书', '可行性研究报告'],
    项目审批: ['批准服务信息', '批准结果信息'],
    招投标: ['招标投标'],
    用地预审: ['建设项目用地'],
  },
  'public-resource-trading': {
    招投标: ['招标投标'],
    中标: ['中标候选人'],
    采购: ['政府采购'],
    投标: ['招标投标'],
  },
  'fiscal-budget-final-accounts': {
    三公经费: ['三公'],
    财政预算: ['预算'],
    财政决算: ['决算'],
    账本: ['预算', '决算'],
  },
  'work-safety': {
    安监: ['安全生产'],
    安全检查: ['安全生产'],
    安全许可: ['行政许可'],
  },
  'disaster-relief': {
    受灾: ['救灾'],
    防灾: ['减灾'],
    灾害救助: ['救灾'],
  },
  'tax-administration': {
    交税: ['纳税'],
    缴税: ['纳税'],
    报税: ['纳税'],
    办税: ['纳税服务'],
    税务: ['税收'],
  },
  'land-expropriation-compensation': {
    征地款: ['征地补偿'],
    土地补偿: ['征地补偿'],
    占地: ['征地'],
    土地征收: ['征收土地'],
  },
  'territorial-spatial-planning': {
    城市规划: ['国土空间规划'],
    规划证: ['规划许可'],
    选址: ['选址意见书'],
    村规划: ['村庄规划'],
  },
  'state-land-housing-expropriation': {
    拆迁: ['房屋征收'],
    拆迁补偿: ['征收补偿'],
    拆房: ['房屋征收'],
    强拆: ['房屋征收'],
  },
  'affordable-housing': {
    公租房: ['公共租赁住房'],
    廉租房: ['公共租赁住房', '廉租'],
    经适房: ['经济适用'],
    住房补贴: ['租赁补贴'],
    保障房: ['保障性住房'],
  },
  'rural-dilapidated-housing-renovation': {
    危房: ['农村危房改造'],
    危房补助: ['资金补助标准'],
    旧房改造: ['农村危房改造'],
  },
  'municipal-services': {
    挖路: ['挖掘城市道路'],
    占道: ['占用、挖掘城市道路'],
    煤气: ['燃气'],
    天然气: ['燃气'],
    绿化: ['园林绿化'],
  },
  'urban-comprehensive-law-enforcement': {
    城管: ['城市综合执法', '市容'],
    违建: ['违法建设'],
    乱贴: ['张贴宣传品'],
    砍树: ['砍伐城市树木'],
    小广告: ['张贴宣传品'],
  },
  'ecological-environment': {
    环保: ['生态环境', '环境保护'],
    环评: ['环境影响评价'],
    排污: ['污染'],
    噪音: ['噪声'],
  },
  'public-cultural-services': {
    网吧: ['互联网上网服务营业场所'],
    歌厅: ['娱乐场所'],
    KTV: ['娱乐场所'],
    演出: ['营业性演出'],
    文物: ['文物保护'],
  },
  'public-legal-services': {
    打官司: ['法律援助'],
    请律师: ['律师', '法律援助'],
    普法: ['法治宣传教育'],
    免费律师: ['法律援助'],
  },
  'poverty-alleviation': {
    贫困户: ['扶贫对象', '贫困人口'],
    脱贫: ['贫困人口退出'],
    建档立卡: ['贫困人口识别'],
  },
  employment: {
    找工作: ['求职', '岗位信息'],
    招工: ['招聘'],
    失业: ['就业'],
    工作: ['就业', '岗位'],
  },
  'social-insurance': {
    社保: ['社会保险'],
    养老金: ['养老保险'],
    工伤: ['工伤保险'],
    参保: ['参保登记'],
  },
  'social-assistance': {
    低保: ['最低生活保障'],
    五保: ['特困人员'],
    五保户: ['特困人员'],
    救济: ['救助'],
    困难补助: ['临时救助'],
  },
  'elderly-care-services': {
    养老院: ['养老机构'],
    敬老院: ['养老机构'],
    高龄津贴: ['老年人补贴'],
    老人补贴: ['老年人补贴'],
  },
  'household-registration': {
    落户: ['迁入', '户口'],
    上户口: ['出生登记'],
    报户口: ['出生登记'],
    迁户口: ['迁移登记', '迁出'],
    销户: ['注销'],
  },
  'agricultural-subsidies': {
    种粮补贴: ['耕地地力保护'],
    农机补贴: ['农机购置补贴'],
    惠农补贴: ['补贴'],
    养殖补贴: ['养殖环节无害化处理补助'],
  },
  'compulsory-education': {
    上学: ['入学', '招生'],
    学区: ['招生范围'],
    助学金: ['学生资助'],
    辍学: ['控辍保学'],
    入学政策: ['招生政策'],
  },
  health: {
    打疫苗: ['预防接种'],
    疫苗: ['预防接种'],
    计生: ['计划生育'],
    独生子女费: ['独生子女父母奖励'],
    开诊所: ['医疗机构执业登记'],
  },
  'food-drug-regulation': {
    药店: ['药品零售'],
    开饭店: ['食品生产经营许可'],
    食品许可: ['食品生产经营许可'],
    食品安全: ['食品生产经营'],
  },
} as const satisfies Record<DomainId, SynonymTable>;

/**
 * Every domain's table merged with a repository's own (its entries add to, and for the same key
 * extend, the curated ones), keys sorted, values without duplicates.
 */
export function synonymTable(extra: SynonymTable = {}): [string, string[]][] {
  const merged = new Map<string, Set<string>>();
  const add = (table: SynonymTable) => {
    for (const [key, values] of Object.entries(table)) {
      const set = merged.get(key) ?? new Set<string>();
      for (const value of values) if (value !== key) set.add(value);
      merged.set(key, set);
    }
  };
  for (const table of Object.values<SynonymTable>(SYNONYMS)) add(table);
  add(extra);
  return [...merged.entries()]
    .filter(([, values]) => values.size > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, values]) => [key, [...values]]);
}
