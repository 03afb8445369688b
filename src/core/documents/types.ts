/**
 * The document register (documents.yaml beside region.yaml) as written, after schema validation.
 * `schemas/documents.schema.json` is the source of truth; test/core/documents-schema.test.ts keeps
 * these types naming the same fields.
 */

export interface RawInterpretation {
  published: string;
  forms?: string[];
  url?: string;
  channels?: string[];
}

export interface RawDocument {
  title: string;
  docNo?: string;
  /** 成文日期, YYYY-MM-DD. */
  issued: string;
  /** One of the four 公开属性 or a short form; checked by the rules, not the schema. */
  attribute?: string;
  /** The attribute before the 动态调整 review of `reviewed` changed it. */
  previousAttribute?: string;
  published?: string;
  url?: string;
  /** "domain/item-id" in the region's effective catalog. */
  item?: string;
  policy?: boolean;
  interpretation?: RawInterpretation;
  reason?: string;
  reviewed?: string;
  note?: string;
}

export interface RawOpinionNotAdopted {
  opinion: string;
  reason?: string;
}

export interface RawConsultation {
  title: string;
  url?: string;
  opened: string;
  closed: string;
  feedback?: {
    published?: string;
    url?: string;
    received?: number;
    adopted?: number;
    notAdopted?: RawOpinionNotAdopted[];
  };
}

export interface RawRegister {
  $schema?: string;
  example?: boolean;
  documents?: RawDocument[];
  consultations?: RawConsultation[];
}
