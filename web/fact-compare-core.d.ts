// Typings of dist/fact-compare-core.mjs, the WebAssembly core (Emscripten MODULARIZE + EXPORT_ES6 factory).

/** One news source of a story. Only `text` is required; ids default to s1, s2, ... */
export interface InputSource {
  id?: string;
  outlet?: string;
  url?: string;
  /** "YYYY-MM-DD[THH:MM[:SS][Z|+HH:MM]]" */
  published?: string;
  language?: string;
  title?: string;
  text: string;
}

/** What analyze() takes, as a JSON string. */
export interface Input {
  sources: InputSource[];
}

export type Kind = 'date' | 'quote' | 'number' | 'entity' | 'event';
export type Verdict = 'agree' | 'variant' | 'conflict' | 'single';

/** Where one source states a fact. start/end are UTF-16 code units: text.slice(start, end) === mention.text. */
export interface Mention {
  source: string;
  text: string;
  value: string;
  start: number;
  end: number;
  /** Id of the rule that produced the finding. */
  rule: string;
  /** Kind-specific extra string fields. */
  [extra: string]: string | number;
}

export interface Variant {
  text: string;
  sources: string[];
}

export interface DiffOp {
  op: '=' | '-' | '+';
  text: string;
}

/** Word diff between two sources' renderings (a and b are source ids). */
export interface WordDiff {
  a: string;
  b: string;
  ops: DiffOp[];
  /** Meaning-changing differences, e.g. "unrelated word: unprecedented -> unpublished". */
  flags: string[];
}

export interface Fact {
  id: string;
  kind: Kind;
  label: string;
  verdict: Verdict;
  why: string;
  values: string[];
  /** Quotes only. */
  speaker?: string | null;
  mentions: Mention[];
  variants: Variant[];
  diffs: WordDiff[];
  flags: string[];
}

export interface ReportSource {
  id: string;
  outlet: string;
  url: string;
  published: string;
  published_inferred: boolean;
  language: string;
  title: string;
  text_length: number;
}

/** The report, schema "fact-compare/report/1". Facts come ordered: conflicts, quote variants, agreements, singles. */
export interface Report {
  schema: 'fact-compare/report/1';
  version: string;
  sources: ReportSource[];
  facts: Fact[];
  summary: { agree: number; variant: number; conflict: number; single: number; facts: number };
  warnings: string[];
}

/** What the core throws on bad input: an Error with the core's error code. */
export interface CoreError extends Error {
  code?: string | number;
}

/** An instantiated core module. */
export interface FactCompareCore {
  /** Takes an Input as JSON, returns a Report as JSON; throws a CoreError with a clear message on bad input. */
  analyze(inputJson: string): string;
  /** Date and time expressions of one text, resolved against `published` (YYYY-MM-DD), as a JSON string. */
  dates(text: string, published?: string | null): string;
  /** Quotations and their speakers found in one text, as a JSON string. */
  quotes(text: string): string;
  /** The library version, e.g. "0.1.0". */
  version(): string;
}

/** Emscripten module options the core understands. */
export interface CoreOptions {
  /** Maps "fact-compare-core.wasm" to the URL to fetch it from. */
  locateFile?: (path: string, prefix: string) => string;
  /** The wasm bytes, when the caller already has them (e.g. read from disk under Node). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Instantiates the wasm yourself (e.g. from an already compiled WebAssembly.Module). */
  instantiateWasm?: (
    imports: WebAssembly.Imports,
    receive: (instance: WebAssembly.Instance, module?: WebAssembly.Module) => void,
  ) => object;
}

/** Loads and instantiates the core. */
declare function factory(options?: CoreOptions): Promise<FactCompareCore>;
export default factory;
