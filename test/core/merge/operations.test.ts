/** Each overlay operation: what it does to the item, and the origin it records. */
import { describe, expect, it } from 'vitest';
import type { EffectiveCatalog } from '../../../src/core/model/effective.js';
import { merge } from '../../helpers/merge.js';
import { COUNTY, lineOf, NATIONAL } from './fixtures.js';

/** The county's employment catalog with `overlay` as its file. */
function county(overlay: string): { catalog: EffectiveCatalog; codes: string[] } {
  const result = merge({ 'employment.yaml': NATIONAL }, [
    { dir: 'hexi', region: COUNTY, catalogs: { 'employment.yaml': overlay } },
  ]);
  const catalog = result.model.regions[0]?.catalogs[0];
  if (!catalog) throw new Error('no catalog');
  return { catalog, codes: result.diagnostics.map((d) => d.code) };
}

function itemOf(catalog: EffectiveCatalog, id: string) {
  const found = catalog.items.find((entry) => entry.item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

const FILE = 'hexi/employment.yaml';

describe('overrides by id', () => {
  it('a scalar replaces the inherited value, with its origin and the history', () => {
    const text =
      'domain: employment\nitems:\n  - id: info.consulting\n    subject: 河西区人力资源和社会保障局\n';
    const { catalog } = county(text);
    const entry = itemOf(catalog, 'info.consulting');
    expect(entry.item.subject).toBe('河西区人力资源和社会保障局');
    expect(entry.provenance.fields.subject).toEqual({
      layer: { kind: 'region', code: '431402', name: '河西区', level: 'county' },
      file: FILE,
      line: 4,
    });
    expect(entry.provenance.changes).toEqual([
      {
        field: 'subject',
        op: 'set',
        previous: '县级人力资源社会保障部门',
        previousOrigin: {
          layer: { kind: 'national' },
          file: 'national/employment.yaml',
          line: lineOf(NATIONAL, 'subject: 县级'),
        },
        origin: entry.provenance.fields.subject,
      },
    ]);
    // What the overlay does not mention stays as inherited, with its inherited origin.
    expect(entry.item.method).toBe('主动');
    expect(entry.provenance.fields.method?.file).toBe('national/employment.yaml');
  });

  it('a time limit is parsed again and levels are read as ids', () => {
    const text =
      'domain: employment\nitems:\n  - id: info.consulting\n    timeLimit: 信息形成或者变更之日起10个工作日内\n    levels: [县级]\n';
    const entry = itemOf(county(text).catalog, 'info.consulting');
    expect(entry.item.timeLimit?.parsed?.clauses[0]).toMatchObject({ kind: 'days', days: 10 });
    expect(entry.item.levels).toEqual(['county']);
  });

  it('a field the source lacked is no longer listed as incomplete once filled in', () => {
    const text =
      'domain: employment\nitems:\n  - id: info.vacancies\n    subject: 河西区公共就业服务中心\n';
    const entry = itemOf(county(text).catalog, 'info.vacancies');
    expect(entry.item.incomplete).toEqual(['levels']);
  });

  it('an audience changed to 全社会 drops the inherited group, and says so', () => {
    const text = 'domain: employment\nitems:\n  - id: info.consulting\n    audience: 全社会\n';
    const entry = itemOf(county(text).catalog, 'info.consulting');
    expect(entry.item.audienceGroup).toBeUndefined();
    expect(entry.provenance.fields.audienceGroup).toBeUndefined();
    expect(entry.provenance.changes.map((c) => [c.field, c.op, c.previous])).toEqual([
      ['audience', 'set', '特定群体'],
      ['audienceGroup', 'clear', '就业困难人员'],
    ]);
  });
});

describe('list fields', () => {
  const overlay = (field: string, change: string) =>
    `domain: employment\nitems:\n  - id: info.consulting\n    ${field}:\n${change}`;

  it('a plain list replaces the whole list; each entry originates in the overlay', () => {
    const text = overlay(
      'channels',
      '      - 政府网站\n      - { name: 村村响大喇叭, local: true }\n',
    );
    const entry = itemOf(county(text).catalog, 'info.consulting');
    expect(entry.item.channels).toEqual([
      { name: '政府网站' },
      { name: '村村响大喇叭', local: true },
    ]);
    expect(entry.provenance.lists.channels.map((o) => o.line)).toEqual([5, 6]);
    expect(entry.provenance.changes[0]).toMatchObject({
      field: 'channels',
      op: 'replace',
      previous: '政府网站、政务服务中心、其他',
    });
  });

  it('replace: is the same as a plain list', () => {
    const text = overlay('elements', '      replace: [办理时间, 办理地点]\n');
    const entry = itemOf(county(text).catalog, 'info.consulting');
    expect(entry.item.elements).toEqual([{ name: '办理时间' }, { name: '办理地点' }]);
    expect(entry.provenance.lists.elements.map((o) => o.line)).toEqual([5, 5]);
  });

  it('add: appends new entries and updates one of the same key, keeping what it does not write', () => {
    const text = overlay(
      'channels',
      '      add:\n        - { name: 政务服务中心, url: https://hexi.example/zwfw/ }\n        - 两微一端\n',
    );
    const entry = itemOf(county(text).catalog, 'info.consulting');
    expect(entry.item.channels).toEqual([
      { name: '政府网站', required: true },
      { name: '政务服务中心', required: true, url: 'https://hexi.example/zwfw/' },
      { name: '其他', detail: '基层公共服务平台' },
      { name: '两微一端' },
    ]);
    const lines = entry.provenance.lists.channels.map((o) => `${o.file}:${o.line}`);
    expect(lines).toEqual([
      `national/employment.yaml:${lineOf(NATIONAL, '{ name: 政府网站')}`,
      `${FILE}:6`,
      `national/employment.yaml:${lineOf(NATIONAL, '其他：')}`,
      `${FILE}:7`,
    ]);
    expect(entry.provenance.changes.map((c) => [c.op, c.key])).toEqual([
      ['update', '政务服务中心'],
      ['add', '两微一端'],
    ]);
  });

  it('remove: channels by canonical name (a variant spelling finds them)', () => {
    const text = overlay('channels', '      remove: [政府服务中心, 其它]\n');
    const entry = itemOf(county(text).catalog, 'info.consulting');
    expect(entry.item.channels.map((c) => c.name)).toEqual(['政府网站']);
  });

  it('remove: elements by name, bases by title (short and long forms match)', () => {
    const text =
      'domain: employment\nitems:\n  - id: info.consulting\n    elements:\n      remove: [咨询电话]\n    bases:\n      remove: [《政府信息公开条例》]\n';
    const entry = itemOf(county(text).catalog, 'info.consulting');
    expect(entry.item.elements.map((e) => e.name)).toEqual(['对象范围', '办理流程']);
    expect(entry.item.bases.map((b) => b.title)).toEqual(['《中华人民共和国就业促进法》']);
    expect(entry.provenance.lists.bases).toHaveLength(1);
  });

  it('remove and add in one change: removal first, then the additions', () => {
    const text = overlay(
      'elements',
      '      remove: [办理流程]\n      add: [办理流程（含网上办理）]\n',
    );
    const entry = itemOf(county(text).catalog, 'info.consulting');
    expect(entry.item.elements.map((e) => e.name)).toEqual([
      '对象范围',
      '咨询电话',
      '办理流程（含网上办理）',
    ]);
  });
});

describe('local additions and omissions', () => {
  it('a local item comes after the inherited ones, every value from the overlay', () => {
    const text = `domain: employment
items:
  - id: gig.daily
    local: true
    l1: 就业信息服务
    l2: 零工岗位
    timeLimit: 实时
    subject: 河西区零工驿站
    channels: [便民服务站]
    audience: 全社会
    method: 主动
    levels: [县级]
`;
    const { catalog } = county(text);
    expect(catalog.items.map((e) => e.item.id)).toEqual([
      'info.consulting',
      'info.vacancies',
      'info.city-fairs',
      'gig.daily',
    ]);
    const entry = itemOf(catalog, 'gig.daily');
    expect(entry.local).toBe(true);
    expect(entry.provenance.introduced).toMatchObject({ file: FILE, line: 3 });
    expect(entry.provenance.fields.subject).toMatchObject({ file: FILE, line: 8 });
    expect(entry.provenance.lists.channels).toEqual([expect.objectContaining({ line: 9 })]);
  });

  it('an omission takes the item out of the table and keeps it with its reason', () => {
    const text =
      'domain: employment\nitems:\n  - id: info.city-fairs\n    omit: 本区不举办招聘会\n';
    const { catalog, codes } = county(text);
    expect(codes.filter((code) => code !== 'merge-subject-generic')).toEqual([]);
    expect(catalog.items.map((e) => e.item.id)).not.toContain('info.city-fairs');
    expect(catalog.omitted).toHaveLength(1);
    expect(catalog.omitted[0]).toMatchObject({
      id: 'info.city-fairs',
      reason: '本区不举办招聘会',
      origin: { file: FILE, line: 4 },
      item: { id: 'info.city-fairs', l2: '招聘会信息' },
    });
  });

  it('title and notes come from the region, not from the national file', () => {
    const text = 'domain: employment\ntitle: 河西区就业目录\nnotes: 说明\nitems: []\n';
    const { catalog } = county(text);
    expect([catalog.title, catalog.notes]).toEqual(['河西区就业目录', '说明']);
    expect(county('domain: employment\nitems: []\n').catalog.title).toBeUndefined();
  });
});
