// Loads the WebAssembly core lazily, once, from next to this script (or from an override), and runs
// analyses on the main thread or, for big stories, in a module Worker speaking {id, action} -> {id, result|error}.
import { mark } from './dom.js';

const HERE = import.meta.url;

/** Page-wide loading settings; FactCompare exposes them as static properties. */
export const settings = {
  coreUrl: null, // URL of fact-compare-core.mjs; default: next to this script
  wasmUrl: null, // URL of the .wasm; default: next to the core script
  workerUrl: null, // URL of fact-compare-worker.js; default: next to this script
  workerThreshold: 50000, // total text length (UTF-16 units) from which a Worker is tried
};

/** Resolves the core, wasm and worker URLs; coreSrc is an element's core-src attribute. */
export function resolveUrls(coreSrc) {
  const base = typeof document !== 'undefined' ? document.baseURI : HERE;
  const coreGiven = coreSrc || settings.coreUrl;
  const core = new URL(coreGiven || './fact-compare-core.mjs', coreGiven ? base : HERE).href;
  const wasm = settings.wasmUrl ? new URL(settings.wasmUrl, base).href : siblingWasm(core);
  const worker = new URL(settings.workerUrl || './fact-compare-worker.js', settings.workerUrl ? base : HERE).href;
  return { core, wasm, worker };
}

function siblingWasm(core) {
  const url = new URL(core);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\.m?js$/, '') + '.wasm';
  return url.href;
}

const compiled = new Map(); // wasm URL -> Promise<WebAssembly.Module>

/** Fetches and compiles the wasm once per URL; the compiled module is shared with the Worker. */
export function compiledWasm(url) {
  if (!compiled.has(url)) {
    const promise = fetch(url, { credentials: 'same-origin' }).then(async (res) => {
      if (!res.ok) throw new Error(`fact-compare: cannot load the engine ${url} (HTTP ${res.status})`);
      const streaming = (res.headers.get('content-type') || '').startsWith('application/wasm');
      return streaming ? WebAssembly.compileStreaming(res) : WebAssembly.compile(await res.arrayBuffer());
    });
    promise.catch(() => compiled.delete(url)); // a failed download may be retried later
    compiled.set(url, promise);
  }
  return compiled.get(url);
}

/** Instantiates an Emscripten factory with an already compiled wasm module. */
export function instantiate(factory, wasmModule) {
  let fail;
  const failed = new Promise((_, reject) => { fail = reject; });
  const ready = factory({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(wasmModule, imports).then((instance) => receive(instance, wasmModule), fail);
      return {};
    },
  });
  return Promise.race([ready, failed]);
}

const engines = new Map(); // core + wasm URL -> Promise<core module>

function mainEngine(urls) {
  const key = `${urls.core} ${urls.wasm}`;
  if (!engines.has(key)) {
    const promise = Promise.all([import(urls.core), compiledWasm(urls.wasm)])
      .then(([mod, wasmModule]) => instantiate(mod.default, wasmModule));
    promise.catch(() => engines.delete(key));
    engines.set(key, promise);
  }
  return engines.get(key);
}

/** Starts downloading the core script and compiling the wasm (no instantiation), e.g. while a story loads. */
export function preload(urls) {
  import(urls.core).catch(() => {}); // errors surface again, with context, when the engine is really needed
  compiledWasm(urls.wasm).catch(() => {});
}

/** A module Worker running the core; calls follow the sql.js-style protocol. */
class WorkerClient {
  constructor(url) {
    this.nextId = 1;
    this.pending = new Map();
    this.worker = new Worker(url, { type: 'module', name: 'fact-compare' });
    this.worker.onmessage = (event) => this.receive(event.data || {});
    this.worker.onerror = (event) => this.failAll(new Error(`fact-compare: worker failed (${event.message || 'load error'})`));
    this.worker.onmessageerror = () => this.failAll(new Error('fact-compare: worker message could not be read'));
  }

  call(action, payload, onProgress) {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ id, action, ...payload });
    });
  }

  receive({ id, result, error, progress }) {
    const call = this.pending.get(id);
    if (!call) return;
    if (progress !== undefined) return call.onProgress && call.onProgress(progress);
    this.pending.delete(id);
    if (error !== undefined) call.reject(Object.assign(new Error(error), { fromCore: true }));
    else call.resolve(result);
  }

  failAll(error) {
    this.broken = error;
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}

const workers = new Map(); // worker + core URL -> Promise<WorkerClient>
let workerDisabled = false; // set once a Worker proved unusable on this page (CSP, old browser)

function workerEngine(urls, onStage) {
  const key = `${urls.worker} ${urls.core} ${urls.wasm}`;
  if (!workers.has(key)) {
    // The worker starts and imports the core script while the wasm compiles here.
    const client = new WorkerClient(urls.worker);
    client.call('load', { coreUrl: urls.core }).catch(() => {}); // failures surface again from init
    const promise = compiledWasm(urls.wasm).then(async (wasmModule) => {
      await client.call('init', { coreUrl: urls.core, wasmModule }, onStage);
      return client;
    });
    promise.catch(() => { workers.delete(key); client.worker.terminate(); });
    workers.set(key, promise);
  }
  return workers.get(key);
}

const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Analyzes an input JSON string and resolves to the report JSON string. Big inputs go to a Worker when
 * the page allows one; any Worker trouble other than the core's own verdict on the input falls back here.
 */
export async function analyze(inputJson, { urls, size, onStage = () => {} }) {
  const big = size >= settings.workerThreshold;
  if (big && !workerDisabled && typeof Worker === 'function') {
    try {
      onStage('load');
      const client = await workerEngine(urls, onStage);
      if (client.broken) throw new Error('fact-compare: worker is gone');
      onStage('analyze');
      return await client.call('analyze', { input: inputJson }, onStage);
    } catch (err) {
      if (err && err.fromCore && !/^fact-compare: (worker|cannot load)/.test(err.message)) throw err;
      workerDisabled = true;
      for (const client of workers.values()) client.then((c) => c.worker.terminate(), () => {});
      workers.clear();
    }
  }
  onStage('load');
  const core = await mainEngine(urls);
  mark('engine-ready');
  onStage('analyze');
  if (big) await nextPaint(); // let the progress indicator paint before the main thread is busy
  try {
    return core.analyze(inputJson);
  } catch (err) {
    throw err instanceof Error ? err : new Error(String(err));
  }
}

/** The core's version string, loading the engine on the main thread if needed. */
export async function coreVersion(urls) {
  return (await mainEngine(urls)).version();
}
