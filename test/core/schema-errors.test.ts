import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { describe as describeDiagnostic } from '../../src/core/diagnostics/diagnostic.js';
import { toDiagnostics } from '../../src/core/schema/errors.js';
import { SchemaValidator } from '../../src/core/schema/validator.js';
import { loadSchemas } from '../../src/io/package-files.js';
import { parseYamlSource } from '../../src/io/yaml-source.js';

const source = { file: 'x.yaml', locate: () => undefined, locateKey: () => undefined };
const validator = new SchemaValidator(loadSchemas());

function codes(data: unknown): string[] {
  const checked = validator.check('catalog', data, source);
  return checked.ok ? [] : checked.diagnostics.map((d) => d.code);
}

describe('ajv errors become one diagnostic per problem', () => {
  it('reports a wrong list shape once, not once per anyOf branch', () => {
    expect(codes({ domain: 'employment', items: [{ id: 'a', channels: '政府网站' }] })).toEqual([
      'schema-type',
    ]);
  });

  it('reports inside the branch that fits the value', () => {
    const found = validator.check(
      'catalog',
      { domain: 'employment', items: [{ id: 'a', channels: [{ nme: '政府网站' }] }] },
      source,
    );
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['schema-required', ['items', 0, 'channels', 0]],
      ['schema-unknown-key', ['items', 0, 'channels', 0, 'nme']],
    ]);
  });

  it('names fields by their Chinese title and suggests keys by title', () => {
    const found = validator.check(
      'catalog',
      { domain: 'employment', items: [{ id: 'a', 公开时限: '3日' }] },
      source,
    );
    if (found.ok) throw new Error('must fail');
    expect(found.diagnostics[0]?.args).toEqual({
      field: { zh: '公开事项', en: 'item' },
      key: '公开时限',
      suggestions: ['timeLimit'],
    });
  });

  it('suggests the closest allowed value', () => {
    const found = validator.check('catalog', { domain: '救灾生', items: [] }, source);
    if (found.ok) throw new Error('must fail');
    const args = found.diagnostics[0]?.args;
    expect(args && 'suggestions' in args ? args.suggestions : []).toContain('救灾');
  });

  it('turns a keyword it has no sentence for into schema-invalid', () => {
    const error: ErrorObject = {
      keyword: 'maximum',
      instancePath: '/items/0/id',
      schemaPath: '#/x',
      params: {},
      message: 'must be <= 3',
      parentSchema: { title: '事项编号', 'x-en': 'id' },
    };
    const [made] = toDiagnostics([error], {}, source);
    expect(made?.code).toBe('schema-invalid');
    expect(made?.args).toEqual({
      field: { zh: '事项编号', en: 'id' },
      keyword: 'maximum',
      detail: 'must be <= 3',
    });
  });
});

describe('a bare number or true/false where text belongs', () => {
  /** The hints of the schema findings of a catalog whose one item holds `lines`. */
  function hints(lines: string, lang: 'zh' | 'en' = 'zh'): string[] {
    const text = `domain: employment\nitems:\n  - id: a\n${lines}\n`;
    const parsed = parseYamlSource(text, 'x.yaml');
    if (!parsed.ok) throw new Error('the test text must parse');
    const checked = validator.check('catalog', parsed.document.data, parsed.document);
    if (checked.ok) throw new Error('must fail');
    return checked.diagnostics.map((d) => describeDiagnostic(d, lang).hint ?? '');
  }

  it('shows the line to write, with its own key and value', () => {
    expect(hints('    subject: 12345')).toEqual([
      '给值加上引号，写成 subject: "12345"，否则 YAML 会把它读成数字。',
    ]);
    expect(hints('    subject: true', 'en')).toEqual([
      'Put the value in quotes: subject: "true"; otherwise YAML reads true/false.',
    ]);
  });

  it('does not suggest a value YAML changed in reading it (0410 is read as 410)', () => {
    expect(hints('    l1: 0410\n    note: 1.50')).toEqual([
      '给值加上引号，写成 l1: "…"，否则 YAML 会把它读成数字。',
      '给值加上引号，写成 note: "…"，否则 YAML 会把它读成数字。',
    ]);
  });

  it('writes a list entry without a key', () => {
    expect(hints('    channels: [政府网站, 110]')).toEqual([
      '给值加上引号，写成 "110"，否则 YAML 会把它读成数字。',
    ]);
  });
});
