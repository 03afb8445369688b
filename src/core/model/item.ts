/**
 * A catalog item after reading: every field normalised (canonical channel names, bases split into
 * title and number, the time limit parsed, levels as ids). This is what merge produces and what
 * diff and the renderers consume; raw.ts is the file as written.
 */
import type { Level } from '../vocabulary/levels.js';
import type { ParsedTimeLimit } from '../cells/time-limit/types.js';
import type { Audience, BasisRank, Method, Stage } from '../vocabulary/table-values.js';
import type { IncompleteField, RawSource } from './raw.js';

export interface Element {
  name: string;
  /** ● (true) or 〇 (false) where the guideline flags it; absent where it does not. */
  required?: boolean;
}

export interface Basis {
  /** With 《》. */
  title: string;
  /** As written, brackets kept: "国办发〔2019〕54号". */
  docNo?: string;
  rank?: BasisRank;
  clause?: string;
  /**
   * What else the written basis carried besides title and number: amendment history, "及其实施细则"
   * (added for merge: parseBasis splits it off, and a renderer that prints the basis as written needs it).
   */
  note?: string;
}

export interface Channel {
  /** A canonical checklist name, a known platform, or a local channel's own name. */
  name: string;
  /** ■ in a national template: the channel must be used. */
  required?: boolean;
  /** Not on the national checklist (微信群, 大喇叭 …). */
  local?: boolean;
  url?: string;
  /** What 其他 stands for ("其他：办税服务厅" → 办税服务厅). */
  detail?: string;
}

export interface TimeLimit {
  /** As written: the source of truth. */
  text: string;
  /** Undefined when gkml cannot read it. */
  parsed?: ParsedTimeLimit;
}

export interface Item {
  id: string;
  l1?: string;
  l2?: string;
  l3?: string;
  elements: Element[];
  bases: Basis[];
  timeLimit?: TimeLimit;
  subject?: string;
  channels: Channel[];
  audience?: Audience;
  audienceGroup?: string;
  method?: Method;
  /** Top-down, no duplicates. Empty only when the source did not say (see `incomplete`). */
  levels: Level[];
  stage?: Stage;
  column?: string;
  url?: string;
  reviewed?: string;
  source?: RawSource;
  note?: string;
  /** Fields the source lacks. */
  incomplete: IncompleteField[];
}

/** Item fields holding one value, whose origin is tracked per field. */
export type ScalarField = Exclude<
  keyof Item,
  'id' | 'elements' | 'bases' | 'channels' | 'incomplete'
>;
/** Item fields holding lists, whose origin is tracked per entry. */
export type ListField = 'elements' | 'bases' | 'channels';
