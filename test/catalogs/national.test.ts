/**
 * The national baselines in catalogs/national: one file per pilot domain, valid against the catalog
 * schema, every item sourced to the ministry document and (where a page exists) a government page,
 * ids stable and unique. The pinned sample below fails when an id is renamed or changes meaning.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOMAINS } from '../../src/core/vocabulary/domains.js';
import { CANONICAL_CHANNELS } from '../../src/core/vocabulary/table-values.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const catalogDir = join(root, 'catalogs', 'national');
const schemaPath = join(root, 'schemas', 'catalog.schema.json');

const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
/** Left-overs of the reference notes that must never reach a shipped catalog. */
const FORBIDDEN_TEXT = ['(cut', '（cut', 'truncated', 'TODO', 'copy:', '(copies'];
const canonical = new Set<string>(CANONICAL_CHANNELS);
/** Domains whose every row (by the national numbering) is in the file. */
const COMPLETE_DOMAINS = new Set(['social-assistance']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = Record<string, Json>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asString(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function compileSchema(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // ajv-formats is CommonJS: at run time the default import is the plugin, typed as its namespace.
  addFormats.default(ajv);
  ajv.addKeyword('x-en');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as JsonObject;
  return ajv.compile(schema);
}

function collectStrings(value: Json, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const entry of value) collectStrings(entry, out);
  else if (isObject(value)) for (const entry of Object.values(value)) collectStrings(entry, out);
  return out;
}

/** Problems in one catalog, beyond what the schema checks; empty when the catalog is fine. */
function checkCatalog(domainId: string, data: Json, validate: ValidateFunction): string[] {
  const problems: string[] = [];
  if (!validate(data)) {
    for (const error of validate.errors ?? []) {
      problems.push(`schema: ${error.instancePath || '/'} ${error.message ?? ''}`);
    }
  }
  if (!isObject(data)) return [...problems, 'not a mapping'];
  if (data.domain !== domainId) problems.push(`domain is ${JSON.stringify(data.domain)}, not ${domainId}`);
  if (!isObject(data.guideline)) problems.push('no guideline');
  const completeness = data.completeness;
  const complete = COMPLETE_DOMAINS.has(domainId);
  if (!isObject(completeness) || completeness.status !== (complete ? 'complete' : 'partial')) {
    problems.push(
      complete
        ? 'completeness.status must be complete (every row of the national numbering is here)'
        : 'completeness.status must be partial (no full national table was found)',
    );
  }
  for (const text of collectStrings(data, [])) {
    for (const marker of FORBIDDEN_TEXT) {
      if (text.includes(marker)) problems.push(`left-over marker "${marker}" in: ${text}`);
    }
  }
  const items = Array.isArray(data.items) ? data.items : [];
  if (items.length === 0) problems.push('no items');
  const seen = new Set<string>();
  for (const item of items) {
    if (!isObject(item)) {
      problems.push('item is not a mapping');
      continue;
    }
    const id = asString(item.id) ?? '';
    if (!ID_PATTERN.test(id)) problems.push(`bad id "${id}"`);
    if (seen.has(id)) problems.push(`duplicate id "${id}"`);
    seen.add(id);
    if (asString(item.l1) === undefined && asString(item.l2) === undefined) {
      problems.push(`${id}: neither l1 nor l2`);
    }
    const source = item.source;
    if (!isObject(source) || !asString(source.document)) {
      problems.push(`${id}: no source.document`);
      continue;
    }
    if (source.wording === 'local' && !asString(source.seenAt)) {
      problems.push(`${id}: local wording without seenAt (whose catalog is it?)`);
    }
    const deprecated = item.deprecated;
    if (isObject(deprecated) && Array.isArray(deprecated.replacedBy)) {
      for (const target of deprecated.replacedBy) {
        const found = items.find((other) => isObject(other) && other.id === target);
        if (!isObject(found) || found.deprecated !== undefined) {
          problems.push(`${id}: replacedBy ${JSON.stringify(target)} is not an item in use`);
        }
      }
    }
    const url = asString(source.url);
    if (url === undefined) {
      if (!asString(source.note)) problems.push(`${id}: no source.url and no source.note`);
    } else {
      let host = '';
      try {
        host = new URL(url).hostname;
      } catch {
        problems.push(`${id}: source.url is not a URL: ${url}`);
      }
      if (host && !host.endsWith('.gov.cn')) problems.push(`${id}: source.url is not .gov.cn: ${url}`);
    }
    const channels = Array.isArray(item.channels) ? item.channels : [];
    for (const channel of channels) {
      if (isObject(channel) && channel.local !== true) {
        const name = asString(channel.name) ?? '';
        if (!canonical.has(name)) problems.push(`${id}: channel "${name}" is not a canonical name`);
      }
    }
  }
  return problems;
}

function loadCatalog(domainId: string): Json {
  return parse(readFileSync(join(catalogDir, `${domainId}.yaml`), 'utf8')) as Json;
}

function itemsOf(data: Json): JsonObject[] {
  return isObject(data) && Array.isArray(data.items) ? data.items.filter(isObject) : [];
}

/** Ids other layers rely on: renaming one, or giving it another item, must fail here. */
const PINNED: [domain: string, id: string, l2: string | undefined][] = [
  ['major-construction-projects', 'approval-service.guide', '办事指南'],
  ['major-construction-projects', 'approval-result.feasibility-study-approval', '政府投资项目可行性研究报告审批'],
  ['public-resource-trading', 'construction-bidding.tender-notice', '招标公告'],
  ['public-resource-trading', 'government-procurement.budget-amount', '采购项目预算金额'],
  ['fiscal-budget-final-accounts', 'budget-final-accounts.government-budget', '政府预算'],
  ['fiscal-budget-final-accounts', 'budget-final-accounts.department-final-accounts', '部门决算'],
  ['work-safety', 'policy-documents.laws-regulations', '法律法规'],
  ['work-safety', 'law-enforcement.administrative-penalty', '行政处罚'],
  ['disaster-relief', 'policy-documents.policy-interpretation-response', '重大政策解读及回应'],
  ['tax-administration', 'taxpayer-service.a-grade-taxpayers', 'A级纳税人名单'],
  ['land-expropriation-compensation', 'expropriation-policy', undefined],
  ['land-expropriation-compensation', 'pre-expropriation.expropriation-notice', '拟征收土地告知'],
  ['territorial-spatial-planning', 'planning-compilation.village-plan', '村庄规划'],
  ['state-land-housing-expropriation', 'startup-requirements.social-stability-assessment', '社会稳定风险评估'],
  ['affordable-housing', 'laws-policies.laws-regulations', '法律法规'],
  ['rural-dilapidated-housing-renovation', 'plan-implementation.task-allocation', '任务分配'],
  ['municipal-services', 'gas-management.gas-operation-license', '燃气经营许可证核发'],
  ['urban-comprehensive-law-enforcement', 'greening.damage-trees-flowers', '损坏城市树木花草'],
  ['ecological-environment', 'administrative-licensing.eia-approval', '建设项目环境影响评价文件审批'],
  ['public-cultural-services', 'public-service.free-admission-info', '公共文化机构免费开放信息'],
  ['public-legal-services', 'legal-aid.legal-aid-service', '法律援助服务'],
  ['poverty-alleviation', 'beneficiaries.poverty-identification', '贫困人口识别'],
  ['employment', 'info-service.policy-consulting', '就业政策法规咨询'],
  ['social-insurance', 'registration.public-institution-registration', '机关事业单位社会保险登记'],
  ['social-assistance', 'minimum-living.guide', '办事指南'],
  ['social-assistance', 'temporary-assistance.policy-documents', '政策法规文件'],
  ['social-assistance', 'destitute-support.review-info', '审核信息'],
  ['social-assistance', 'destitute-support.approval-info', '审批信息'],
  ['land-expropriation-compensation', 'pre-expropriation.land-hearing', '拟征地听证'],
  ['land-expropriation-compensation', 'implementation.compensation-hearing', '征地补偿安置方案听证'],
  ['elderly-care-services', 'general-policy.investment-guide', '养老机构投资指南'],
  ['household-registration', 'birth-registration.birth-registration', '出生登记'],
  ['agricultural-subsidies', 'production-development.farm-machinery-subsidy', '农机购置补贴'],
  ['compulsory-education', 'enrollment.enrollment-area', '招生范围'],
  ['health', 'public-health.vaccination', '预防接种'],
  ['food-drug-regulation', 'administrative-approval.food-license-guide', '食品生产经营许可服务指南'],
  // Added in the second pass over the 2026-12 audit.
  ['urban-comprehensive-law-enforcement', 'municipal-utilities.unaccepted-road-use', '擅自使用未经验收或者验收不合格的城市道路'],
  ['major-construction-projects', 'construction.construction-management', '施工管理服务'],
  ['disaster-relief', 'relief.funds-materials-management', '款物管理'],
  ['public-legal-services', 'legal-consultation.platform-consultation', '公共法律服务实体平台、热线平台、网络平台咨询服务'],
  ['social-insurance', 'contribution.declaration-change', '社会保险缴费申报与变更'],
  ['employment', 'unemployment-registration', undefined],
];

/** Ids deprecated by the 2026-12 audit: they stay in the files, with their replacements. */
const DEPRECATED: [domain: string, id: string, replacedBy: string[]][] = [
  [
    'social-assistance',
    'destitute-support.review-approval',
    ['destitute-support.review-info', 'destitute-support.approval-info'],
  ],
  [
    'land-expropriation-compensation',
    'pre-expropriation.compensation-hearing',
    ['pre-expropriation.land-hearing', 'implementation.compensation-hearing'],
  ],
];

describe('catalogs/national', () => {
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = compileSchema();
  });

  it('has one file for each of the 26 domains, and nothing else', () => {
    expect(DOMAINS).toHaveLength(26);
    for (const domain of DOMAINS) {
      expect(existsSync(join(catalogDir, `${domain.id}.yaml`)), domain.id).toBe(true);
    }
  });

  for (const domain of DOMAINS) {
    it(`${domain.id} validates and every item is sourced`, () => {
      const text = readFileSync(join(catalogDir, `${domain.id}.yaml`), 'utf8');
      expect(text.startsWith('# yaml-language-server: $schema=../../schemas/catalog.schema.json\n')).toBe(
        true,
      );
      expect(checkCatalog(domain.id, loadCatalog(domain.id), validate)).toEqual([]);
    });
  }

  it('holds at least 222 items in use in total (200 before the 2026-12 audit, 210 after its first pass)', () => {
    const inUse = (domain: string) =>
      itemsOf(loadCatalog(domain)).filter((item) => item.deprecated === undefined).length;
    const total = DOMAINS.reduce((sum, domain) => sum + inUse(domain.id), 0);
    expect(total).toBeGreaterThanOrEqual(222);
  });

  it('keeps deprecated ids, pointing at the ids that replace them', () => {
    const find = (domain: string, id: string) =>
      itemsOf(loadCatalog(domain)).find((candidate) => candidate.id === id);
    for (const [domain, id, replacedBy] of DEPRECATED) {
      const item = find(domain, id);
      expect(isObject(item?.deprecated) ? item.deprecated.replacedBy : undefined, id).toEqual(
        replacedBy,
      );
    }
  });

  it('keeps the pinned ids and their meaning', () => {
    expect(PINNED.length).toBeGreaterThanOrEqual(30);
    for (const [domain, id, l2] of PINNED) {
      const item = itemsOf(loadCatalog(domain)).find((candidate) => candidate.id === id);
      expect(item, `${domain} ${id}`).toBeDefined();
      expect(item?.l2, `${domain} ${id}`).toBe(l2);
    }
  });

  it('shares guidelines symmetrically', () => {
    const sharedWith = (domainId: string): string[] => {
      const guideline = (loadCatalog(domainId) as JsonObject).guideline;
      const list = isObject(guideline) && Array.isArray(guideline.sharedWith) ? guideline.sharedWith : [];
      return list.filter((entry): entry is string => typeof entry === 'string');
    };
    for (const domain of DOMAINS) {
      for (const other of sharedWith(domain.id)) {
        expect(sharedWith(other), `${other} should share with ${domain.id}`).toContain(domain.id);
      }
    }
  });

  it('rejects a broken catalog (the checks can fail)', () => {
    const broken = parse(`
domain: employment
completeness: {status: complete, note: 完整}
items:
  - id: Info_Service
    l2: 就业政策法规咨询
    source: {document: 某通知, url: 'http://www.example-mirror.com/page.html'}
  - id: info-service
    l2: 岗位信息发布
    channels: [{name: 网站, required: true}]
    source: {document: 某通知}
  - id: info-service
    l2: 求职信息登记 (cut off)
    levels: [省级]
  - id: info-service.old
    l2: 旧事项
    source: {document: 某通知, note: 本地措辞, wording: local}
    deprecated: {reason: 停用, replacedBy: [info-service.gone]}
`) as Json;
    const problems = checkCatalog('employment', broken, validate);
    const expected = [
      'schema:',
      'no guideline',
      'completeness.status must be partial',
      'left-over marker',
      'bad id "Info_Service"',
      'duplicate id "info-service"',
      'source.url is not .gov.cn',
      'no source.url and no source.note',
      'no source.document',
      'channel "网站" is not a canonical name',
      'local wording without seenAt',
      'replacedBy "info-service.gone" is not an item in use',
    ];
    for (const fragment of expected) {
      expect(problems.some((problem) => problem.includes(fragment)), fragment).toBe(true);
    }
    expect(checkCatalog('social-insurance', loadCatalog('employment'), validate)).toContain(
      'domain is "employment", not social-insurance',
    );
  });
});
