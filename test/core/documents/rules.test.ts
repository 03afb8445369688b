/** The register's rules, on registers written as YAML so that every finding has its real position. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostics/index.js';
import { describe as describeDiagnostic } from '../../../src/core/diagnostics/index.js';
import {
  checkRegister,
  checkRegisterItems,
  type CatalogLookup,
  type RegisterUnit,
} from '../../../src/core/documents/index.js';
import { readAttribute } from '../../../src/core/documents/attribute.js';
import { officialCalendar } from '../../../src/io/official-calendar.js';
import { schemaValidator } from '../../../src/pipeline/validate.js';
import { parseYamlSource } from '../../../src/io/yaml-source.js';

const options = { calendar: officialCalendar(), today: '2026-12-01' };

function unit(text: string): RegisterUnit {
  const parsed = parseYamlSource(text, 'documents.yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  const checked = schemaValidator().check('documents', parsed.document.data, parsed.document);
  if (!checked.ok) throw new Error(JSON.stringify(checked.diagnostics));
  return { source: parsed.document, register: checked.value };
}

const brief = (found: Diagnostic[]) =>
  found.map((d) => `${d.code}@${String(d.span?.start.line)}:${d.path?.join('.') ?? ''}`);

const TIME_LIMITS: Record<string, string> = {
  'social-assistance/minimum-living': '信息形成或者变更之日起20个工作日内',
  'social-assistance/temporary': '信息形成之日起5个工作日内',
  'social-assistance/realtime': '实时',
  'social-assistance/prompt': '及时公开',
  'social-assistance/calendar': '10日内',
};

const catalog: CatalogLookup = {
  region: '示例县',
  timeLimitOf: (domain, id) => TIME_LIMITS[`${domain}/${id}`] ?? null,
  itemKeys: () => ['social-assistance/minimum-living', 'social-assistance/temporary'],
  unread: () => false,
};

describe('公开属性', () => {
  it('reads the four marks, their short forms and bracketed marks', () => {
    expect(readAttribute('此件公开发布')).toMatchObject({ ok: true, attribute: '公开发布' });
    expect(readAttribute('（此件不公开）')).toMatchObject({ ok: true, kind: '不公开' });
    expect(readAttribute('不予公开')).toMatchObject({ ok: true, attribute: '不予公开' });
    expect(readAttribute('删减后公开')).toMatchObject({ ok: true, kind: '主动' });
  });

  it('suggests the closest mark for anything else', () => {
    expect(readAttribute('此件公开发')).toEqual({ ok: false, suggestions: ['此件公开发布'] });
    expect(readAttribute('保密')).toMatchObject({ ok: false });
  });

  it('reports a missing, unknown or reasonless attribute at its field', () => {
    const found = checkRegister(
      unit(`documents:
  - title: 甲
    issued: 2026-11-20
  - title: 乙
    issued: 2026-11-20
    attribute: 此件公开发
  - title: 丙
    issued: 2026-11-20
    attribute: 此件不公开
    reviewed: 2026-11-21
  - title: 丁
    issued: 2026-11-20
    attribute: 删减后公开
    reason: 含个人信息
    published: 2026-11-20
`),
      options,
    );
    expect(brief(found)).toEqual([
      'document-attribute-missing@2:documents.0',
      'document-attribute-unknown@6:documents.1.attribute',
      'document-reason-missing@9:documents.2.attribute',
    ]);
    const unknown = found[1];
    if (!unknown) throw new Error('no finding');
    expect(describeDiagnostic(unknown, 'zh').message).toContain('是否应为「此件公开发布」');
  });
});

describe('政策解读 within 3 working days', () => {
  const register = (interpretation: string) =>
    unit(`documents:
  - title: 关于印发《××县最低生活保障实施细则》的通知
    issued: 2026-09-28
    attribute: 此件公开发布
    published: 2026-09-30
    policy: true
${interpretation}`);

  it('accepts an interpretation on the 3rd working day after 国庆 (the 调休 Saturday)', () => {
    const found = checkRegister(
      register('    interpretation: { published: 2026-10-10 }\n'),
      options,
    );
    expect(brief(found)).toEqual([]);
  });

  it('reports one on the 4th working day, at its date', () => {
    const found = checkRegister(
      register('    interpretation: { published: 2026-10-12 }\n'),
      options,
    );
    expect(brief(found)).toEqual(['interpretation-late@7:documents.0.interpretation.published']);
    expect(found[0]?.args).toMatchObject({ deadline: '2026-10-10' });
  });

  it('reports a missing one once the deadline has passed, not before', () => {
    expect(brief(checkRegister(register(''), options))).toEqual([
      'interpretation-missing@6:documents.0.policy',
    ]);
    expect(checkRegister(register(''), { ...options, today: '2026-10-10' })).toEqual([]);
  });

  it('warns that it estimated when the dates lie in a year the calendar does not know', () => {
    const found = checkRegister(
      unit(`documents:
  - title: 明年的政策
    issued: 2027-09-28
    attribute: 公开发布
    published: 2027-09-30
    policy: true
    interpretation: { published: 2027-10-05 }
`),
      options,
    );
    expect(brief(found)).toEqual([
      'document-calendar-unknown@7:documents.0.interpretation.published',
    ]);
  });
});

describe('yearly review of withheld documents', () => {
  const register = (extra: string) =>
    unit(`documents:
  - title: 内部文件
    issued: 2025-06-01
    attribute: 此件依申请公开
${extra}`);

  it('is due a year after the last review (or the issue date)', () => {
    expect(brief(checkRegister(register(''), options))).toEqual([
      'document-review-due@3:documents.0.issued',
    ]);
    expect(checkRegister(register('    reviewed: 2026-03-01\n'), options)).toEqual([]);
    const old = checkRegister(register('    reviewed: 2025-11-30\n'), options);
    expect(old[0]?.args).toMatchObject({ last: '2025-11-30', due: '2026-11-30' });
  });

  it('honours today (GKML_TODAY reaches the rules as options.today)', () => {
    expect(checkRegister(register(''), { ...options, today: '2026-06-01' })).toEqual([]);
    expect(checkRegister(register(''), { ...options, today: '2026-06-02' })).toHaveLength(1);
  });
});

describe('consultations', () => {
  it('a closed one publishes feedback; opinions not adopted give a reason', () => {
    const found = checkRegister(
      unit(`consultations:
  - title: 草案一
    opened: 2026-10-01
    closed: 2026-10-31
  - title: 草案二
    opened: 2026-10-01
    closed: 2026-10-31
    feedback:
      published: 2026-11-10
      adopted: 3
      notAdopted:
        - opinion: 提高标准
          reason: 超出县级权限
        - opinion: 延长期限
  - title: 草案三
    opened: 2026-11-20
    closed: 2026-12-20
  - title: 草案四
    opened: 2026-11-20
    closed: 2026-11-10
    feedback: { published: 2026-11-11 }
`),
      options,
    );
    expect(brief(found)).toEqual([
      'consultation-dates-order@20:consultations.3.closed',
      'consultation-feedback-missing@4:consultations.0.closed',
      'consultation-reason-missing@14:consultations.1.feedback.notAdopted.1',
    ]);
  });
});

describe('publication deadlines against the catalog', () => {
  const register = (item: string, published: string) =>
    unit(`documents:
  - title: 临时救助通知
    issued: 2026-09-24
    attribute: 此件公开发布
    item: ${item}
${published}`);

  it('counts the item time limit in working days across 中秋 and 国庆', () => {
    const onTime = register('social-assistance/temporary', '    published: 2026-10-09\n');
    expect(checkRegisterItems(onTime, catalog, options)).toEqual([]);
    const late = checkRegisterItems(
      register('social-assistance/temporary', '    published: 2026-10-10\n'),
      catalog,
      options,
    );
    expect(brief(late)).toEqual(['document-published-late@6:documents.0.published']);
    expect(late[0]?.args).toMatchObject({ deadline: '2026-10-09', from: '2026-09-24' });
  });

  it('reads 实时, calendar days, and no deadline for 及时', () => {
    const realtime = register('social-assistance/realtime', '    published: 2026-09-25\n');
    expect(brief(checkRegisterItems(realtime, catalog, options))).toEqual([
      'document-published-late@6:documents.0.published',
    ]);
    // 24 Sep + 10 days = 4 October, a holiday: the period ends on 8 October.
    const days = register('social-assistance/calendar', '    published: 2026-10-08\n');
    expect(checkRegisterItems(days, catalog, options)).toEqual([]);
    const prompt = register('social-assistance/prompt', '    published: 2026-11-30\n');
    expect(checkRegisterItems(prompt, catalog, options)).toEqual([]);
  });

  it('reports an unpublished document once its deadline has passed, at issued', () => {
    const found = checkRegisterItems(register('social-assistance/temporary', ''), catalog, options);
    expect(brief(found)).toEqual(['document-unpublished@3:documents.0.issued']);
  });

  it('reports an unknown item with the closest ids, and a missing one as info', () => {
    const found = checkRegisterItems(
      register('social-assistance/temporay', '    published: 2026-09-25\n'),
      catalog,
      options,
    );
    expect(brief(found)).toEqual(['document-item-unknown@5:documents.0.item']);
    expect(found[0]?.args).toMatchObject({ suggestions: ['social-assistance/temporary'] });
    const none = checkRegisterItems(
      unit('documents:\n  - { title: 无事项, issued: 2026-09-24, attribute: 公开发布 }\n'),
      catalog,
      options,
    );
    expect(none.map((d) => [d.code, d.severity])).toEqual([['document-item-missing', 'info']]);
  });
});
