// The SPARQL page's editor: YASGUI on this endpoint, the canned queries as tabs. Loaded only
// when YASGUI is installed (jhakg/web/assets.py); without it the page's form works as it is.
(function () {
  "use strict";
  var holder = document.getElementById("yasgui");
  if (!holder || typeof window.Yasgui === "undefined") {
    return;
  }
  var endpoint = window.location.origin + "/sparql";
  var examples = JSON.parse(document.getElementById("examples").textContent);
  var form = document.getElementById("sparql-form");
  var query = form.querySelector("textarea").value;
  form.hidden = true;
  holder.hidden = false; // before the editor is made: it measures itself to draw its text
  var yasgui = new window.Yasgui(holder, {
    requestConfig: { endpoint: endpoint, method: "POST", acceptHeaderSelect: "application/sparql-results+json" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { value: query },
  });
  examples.forEach(function (example) {
    yasgui.addTab(false, { name: example.title, yasqe: { value: example.sparql } });
  });
})();
