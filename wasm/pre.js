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
  Module['analyze'] = function (inputJson) {
    needString('analyze(inputJson)', inputJson);
    return unwrap(Module['_analyzeRaw'](inputJson));
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
