/**
 * The 26 pilot domains (试点领域) of 基层政务公开标准化规范化, in the order most local catalogs
 * number them. Ids are ours and stable; Chinese names and aliases are those seen on real catalogs
 * (see shared/reference/domains.yaml). Ministry and guideline facts live with the baselines in
 * catalogs/national, not here.
 */
export const DOMAINS = [
  { id: 'major-construction-projects', zh: '重大建设项目', aliases: [] },
  { id: 'public-resource-trading', zh: '公共资源交易', aliases: ['公共资源配置'] },
  { id: 'fiscal-budget-final-accounts', zh: '财政预决算', aliases: [] },
  { id: 'work-safety', zh: '安全生产', aliases: ['安全生产和救灾'] },
  { id: 'disaster-relief', zh: '救灾', aliases: ['救灾生产'] },
  { id: 'tax-administration', zh: '税收管理', aliases: [] },
  { id: 'land-expropriation-compensation', zh: '征地补偿', aliases: ['农村集体土地征收'] },
  { id: 'territorial-spatial-planning', zh: '国土空间规划', aliases: ['城乡规划', '自然资源'] },
  { id: 'state-land-housing-expropriation', zh: '国有土地上房屋征收与补偿', aliases: [] },
  { id: 'affordable-housing', zh: '保障性住房', aliases: ['住房保障'] },
  { id: 'rural-dilapidated-housing-renovation', zh: '农村危房改造', aliases: [] },
  { id: 'municipal-services', zh: '市政服务', aliases: [] },
  { id: 'urban-comprehensive-law-enforcement', zh: '城市综合执法', aliases: [] },
  { id: 'ecological-environment', zh: '生态环境', aliases: ['环境保护'] },
  { id: 'public-cultural-services', zh: '公共文化服务', aliases: [] },
  { id: 'public-legal-services', zh: '公共法律服务', aliases: [] },
  { id: 'poverty-alleviation', zh: '扶贫', aliases: [] },
  { id: 'employment', zh: '就业', aliases: ['就业创业', '就业服务'] },
  { id: 'social-insurance', zh: '社会保险', aliases: [] },
  { id: 'social-assistance', zh: '社会救助', aliases: ['社会救助及福利'] },
  { id: 'elderly-care-services', zh: '养老服务', aliases: [] },
  { id: 'household-registration', zh: '户籍管理', aliases: [] },
  { id: 'agricultural-subsidies', zh: '涉农补贴', aliases: ['涉农资金'] },
  { id: 'compulsory-education', zh: '义务教育', aliases: [] },
  { id: 'health', zh: '卫生健康', aliases: ['医疗卫生', '卫生计生'] },
  { id: 'food-drug-regulation', zh: '食品药品监管', aliases: [] },
] as const satisfies readonly { id: string; zh: string; aliases: readonly string[] }[];

export type DomainId = (typeof DOMAINS)[number]['id'];
export type DomainInfo = (typeof DOMAINS)[number];

const byName = new Map<string, DomainInfo>();
for (const domain of DOMAINS) {
  for (const name of [domain.id, domain.zh, ...domain.aliases]) byName.set(name, domain);
}

/** Strips the decorations a domain name carries in titles: "（十三）农村危房改造领域" → "农村危房改造". */
function bareDomainName(name: string): string {
  return name
    .trim()
    .replace(/^[（(][一二三四五六七八九十]+[）)]\s*/u, '')
    .replace(/领域$/u, '');
}

/** Finds a domain by id, Chinese name or alias ("救灾生产" → disaster-relief). */
export function resolveDomain(name: string): DomainInfo | undefined {
  return byName.get(name.trim()) ?? byName.get(bareDomainName(name));
}

/** Every name a domain may be given by (ids, Chinese names, aliases), for suggestions and schemas. */
export function allDomainNames(): string[] {
  return [...byName.keys()];
}

/** Position of a domain in the conventional numbering, 1-based ("（一）重大建设项目"). */
export function domainOrdinal(id: DomainId): number {
  return DOMAINS.findIndex((domain) => domain.id === id) + 1;
}
