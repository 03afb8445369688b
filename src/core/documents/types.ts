/**
 * The document register (documents.yaml beside region.yaml) as written, after schema validation.
 * `schemas/documents.schema.json` is the source of truth: the types come from
 * core/model/schema-types.ts, generated from it (`npm run schema-types`); the attribute is any
 * string there, since the rules, not the schema, check it against the four 公开属性.
 */
import type {
  DocumentsConsultation,
  DocumentsDocument,
  DocumentsFile,
  DocumentsInterpretation,
  DocumentsOpinionNotAdopted,
} from '../model/schema-types.js';

export type RawInterpretation = DocumentsInterpretation;
export type RawDocument = DocumentsDocument;
export type RawOpinionNotAdopted = DocumentsOpinionNotAdopted;
export type RawConsultation = DocumentsConsultation;
export type RawRegister = DocumentsFile;
