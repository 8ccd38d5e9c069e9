// Typings of dist/fact-compare.js, the <fact-compare> custom element.
import type { Input, Report } from './fact-compare-core.js';
export type * from './fact-compare-core.js';

export type FactCompareView = 'summary' | 'table' | 'quotes' | 'timeline';
export type FactCompareTheme = 'light' | 'dark' | 'auto';

/** The <fact-compare> element: compares what several news sources say about one event, fact by fact. */
export declare class FactCompare extends HTMLElement {
  /** URL of fact-compare-core.mjs for every element on the page (default: next to fact-compare.js). */
  static coreUrl: string | null;
  /** URL of fact-compare-core.wasm (default: next to the core script). */
  static wasmUrl: string | null;
  /** URL of fact-compare-worker.js (default: next to fact-compare.js). */
  static workerUrl: string | null;
  /** Total source text length (UTF-16 units) from which analysis runs in a Worker (default 50000). */
  static workerThreshold: number;

  /** Attribute `src`: URL of an input JSON file, fetched and analyzed when set. */
  src: string;
  /** Attribute `view`: the visible view (default "summary"). */
  view: FactCompareView;
  /** Attribute `compact`: denser layout without the explanations. */
  compact: boolean;
  /** Attribute `theme`: light, dark or auto (follows prefers-color-scheme). */
  theme: FactCompareTheme;
  /** Attribute `core-src`: URL of fact-compare-core.mjs for this element (wasm expected next to it). */
  coreSrc: string;
  /** The input; setting it runs a new comparison. */
  sources: Input | null;
  /** The last report, or null. */
  readonly report: Report | null;

  addEventListener<K extends keyof FactCompareEventMap>(
    type: K, listener: (this: FactCompare, ev: FactCompareEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

export interface FactCompareEventMap extends Omit<HTMLElementEventMap, 'error'> {
  /** Fired (bubbling, composed) when a report is rendered; detail is the report. */
  compared: CustomEvent<Report>;
  /** Fired (not bubbling) when loading or analysis fails; detail is the Error. */
  error: CustomEvent<Error>;
}

/** Registers the element under another tag name (a subclass); returns its constructor. */
export declare function define(tag?: string): typeof FactCompare;

declare global {
  interface HTMLElementTagNameMap {
    'fact-compare': FactCompare;
  }
}
