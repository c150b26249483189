// The storage helpers Material's bundle expects as globals, defined from a file so that
// the Content Security Policy can forbid inline scripts. Settings such as the chosen
// colour scheme are kept in localStorage under the site's path ("scope").
(function () {
  "use strict";
  var script = document.currentScript;
  var scope = new URL((script && script.getAttribute("data-scope")) || ".", location);
  window.__md_scope = scope;
  // A short, stable hash of a string (Material compares announcement texts with it).
  window.__md_hash = function (text) {
    var hash = 0;
    for (var i = 0; i < text.length; i++) hash = ((hash << 5) - hash + text.charCodeAt(i)) | 0;
    return hash;
  };
  window.__md_get = function (key, storage, base) {
    storage = storage || localStorage;
    base = base || window.__md_scope;
    try {
      return JSON.parse(storage.getItem(base.pathname + "." + key));
    } catch (error) {
      return null;
    }
  };
  window.__md_set = function (key, value, storage, base) {
    storage = storage || localStorage;
    base = base || window.__md_scope;
    try {
      storage.setItem(base.pathname + "." + key, JSON.stringify(value));
    } catch (error) {
      // Storage may be full or switched off; the setting is simply not remembered.
    }
  };
})();
