// Module Worker running the fact-compare core off the main thread.
// Protocol (as sql.js): {id, action, ...} -> {id, result} | {id, error}, plus {id, progress} while working.
//   {id, action: 'load', coreUrl}              -> {id, result: true} once the core script is imported (optional)
//   {id, action: 'init', coreUrl, wasmModule}  -> {id, result: version}
//   {id, action: 'analyze', input}             -> {id, result: report JSON string}

let engine = null;

function instantiate(factory, wasmModule) {
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

const scripts = new Map(); // core URL -> Promise<module>

function coreScript(coreUrl) {
  if (!scripts.has(coreUrl)) {
    const promise = import(coreUrl);
    promise.catch(() => scripts.delete(coreUrl)); // a failed import may be retried by the next init
    scripts.set(coreUrl, promise);
  }
  return scripts.get(coreUrl);
}

async function load({ coreUrl }) {
  await coreScript(coreUrl);
  return true;
}

async function init({ coreUrl, wasmModule }) {
  if (!engine) {
    engine = coreScript(coreUrl).then((mod) => instantiate(mod.default, wasmModule));
    engine.catch(() => { engine = null; });
  }
  try {
    return (await engine).version();
  } catch (err) {
    throw new Error(`fact-compare: worker could not load the engine: ${err && err.message ? err.message : err}`);
  }
}

async function analyze({ id, input }) {
  if (!engine) throw new Error('fact-compare: worker used before init');
  const core = await engine;
  self.postMessage({ id, progress: 'analyze' });
  return core.analyze(input);
}

const actions = { load, init, analyze };

self.onmessage = async (event) => {
  const message = event.data || {};
  const { id } = message;
  try {
    const action = actions[message.action];
    if (!action) throw new Error(`fact-compare: unknown worker action ${String(message.action)}`);
    self.postMessage({ id, result: await action(message) });
  } catch (err) {
    self.postMessage({ id, error: err && err.message ? err.message : String(err) });
  }
};
