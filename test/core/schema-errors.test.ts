import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { toDiagnostics } from '../../src/core/schema/errors.js';
import { SchemaValidator } from '../../src/core/schema/validator.js';
import { loadSchemas } from '../../src/io/package-files.js';

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
