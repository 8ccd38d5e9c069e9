// Runs inside the module factory before start-up: once Embind has registered the raw functions,
// expose analyze/dates/quotes that return strings and throw a JS Error (with .code) on bad input.
Module['postRun'] = [].concat(Module['postRun'] || [], [function () {
  function unwrap(result) {
    if (result.error !== undefined) {
      var err = new Error(result.error);
      err.code = result.code;
      throw err;
    }
    return result.value;
  }
  function needString(name, value) {
    if (typeof value !== 'string') throw new TypeError(name + ' expects a string, got ' + typeof value);
  }
  var encoder = typeof TextEncoder === 'function' ? new TextEncoder() : null;
  // The input goes to wasm memory as UTF-8 in one native TextEncoder pass instead of Embind's two JS loops over
  // every character. TextEncoder would turn a lone surrogate into U+FFFD, so such strings (rare) are written by
  // Emscripten's own encoder, as Embind did: into bytes the core rejects as invalid UTF-8, the same answer as before.
  function wellFormed(s) {
    return s.isWellFormed ? s.isWellFormed() : !/[\uD800-\uDFFF]/.test(s);
  }
  Module['analyze'] = function (inputJson) {
    needString('analyze(inputJson)', inputJson);
    var bytes = encoder && wellFormed(inputJson) ? encoder.encode(inputJson) : null;
    var size = bytes ? bytes.length : lengthBytesUTF8(inputJson);
    var ptr = _malloc(size + 1);
    if (bytes) HEAPU8.set(bytes, ptr);
    else stringToUTF8(inputJson, ptr, size + 1);
    try {
      return unwrap(Module['_analyzeUtf8'](ptr, size));
    } finally {
      _free(ptr);
    }
  };
  Module['dates'] = function (text, published) {
    needString('dates(text)', text);
    return unwrap(Module['_datesRaw'](text, published === undefined || published === null ? '' : String(published)));
  };
  Module['quotes'] = function (text) {
    needString('quotes(text)', text);
    return unwrap(Module['_quotesRaw'](text));
  };
}]);
