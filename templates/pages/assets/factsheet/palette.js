// Puts the reader's remembered colour scheme on <body> before the page is drawn, so a
// dark-scheme reader never sees a light flash. Runs where the theme's inline script would.
(function () {
  "use strict";
  var saved = window.__md_get && window.__md_get("__palette");
  if (!saved || !saved.color) return;
  var color = saved.color;
  if (color.media === "(prefers-color-scheme)") {
    // "Follow the system": take the option that matches the system's current preference.
    var light = window.matchMedia("(prefers-color-scheme: light)").matches;
    var option = document.querySelector(
      "[data-md-color-media='(prefers-color-scheme: " + (light ? "light" : "dark") + ")']"
    );
    if (option) {
      color = {
        media: option.getAttribute("data-md-color-media"),
        scheme: option.getAttribute("data-md-color-scheme"),
        primary: option.getAttribute("data-md-color-primary"),
        accent: option.getAttribute("data-md-color-accent"),
      };
    }
  }
  Object.keys(color).forEach(function (key) {
    document.body.setAttribute("data-md-color-" + key, color[key]);
  });
})();
