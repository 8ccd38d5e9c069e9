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
  // TextEncoder would turn a lone surrogate into U+FFFD; Embind's own conversion keeps it as bytes the core rejects
  // as invalid UTF-8, so such strings (rare) take that slower way and get the same answer.
  function wellFormed(s) {
    return s.isWellFormed ? s.isWellFormed() : !/[\uD800-\uDFFF]/.test(s);
  }
  Module['analyze'] = function (inputJson) {
    needString('analyze(inputJson)', inputJson);
    if (!encoder || !wellFormed(inputJson)) return unwrap(Module['_analyzeRaw'](inputJson));
    // the bytes go to wasm memory in one native copy instead of Embind's two JS loops over every character
    var bytes = encoder.encode(inputJson);
    var ptr = _malloc(bytes.length + 1);
    HEAPU8.set(bytes, ptr);
    try {
      return unwrap(Module['_analyzeUtf8'](ptr, bytes.length));
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
