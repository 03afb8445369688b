/** documents.schema.json is the source of truth; the register's types must name the same fields. */
import { describe, expect, it } from 'vitest';
import type {
  RawConsultation,
  RawDocument,
  RawInterpretation,
  RawRegister,
} from '../../../src/core/documents/types.js';
import { isRecord } from '../../../src/core/util/json.js';
import { loadSchemas } from '../../../src/io/package-files.js';

// Each list must name every field of its type (a missing or extra key fails to compile).
const REGISTER = { $schema: 1, example: 1, documents: 1, consultations: 1 } satisfies Record<
  keyof RawRegister,
  1
>;
const DOCUMENT = {
  title: 1,
  docNo: 1,
  issued: 1,
  attribute: 1,
  previousAttribute: 1,
  published: 1,
  url: 1,
  item: 1,
  policy: 1,
  interpretation: 1,
  reason: 1,
  reviewed: 1,
  note: 1,
} satisfies Record<keyof RawDocument, 1>;
const INTERPRETATION = { published: 1, forms: 1, url: 1, channels: 1 } satisfies Record<
  keyof RawInterpretation,
  1
>;
const CONSULTATION = { title: 1, url: 1, opened: 1, closed: 1, feedback: 1 } satisfies Record<
  keyof RawConsultation,
  1
>;

const schema = loadSchemas().documents;
const keysOf = (node: unknown): string[] =>
  isRecord(node) && isRecord(node.properties) ? Object.keys(node.properties) : [];
const definitions = isRecord(schema.definitions) ? schema.definitions : {};

describe('documents schema and TypeScript types agree', () => {
  it('names the same fields', () => {
    expect(keysOf(schema)).toEqual(Object.keys(REGISTER));
    expect(keysOf(definitions.document)).toEqual(Object.keys(DOCUMENT));
    const document = isRecord(definitions.document) ? definitions.document.properties : {};
    expect(keysOf(isRecord(document) ? document.interpretation : {})).toEqual(
      Object.keys(INTERPRETATION),
    );
    expect(keysOf(definitions.consultation)).toEqual(Object.keys(CONSULTATION));
  });
});
