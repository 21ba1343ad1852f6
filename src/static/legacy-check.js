/*
 * Runs before the add-in's bundle, in ES5 only. Word 2016 and 2019 with volume licences run
 * add-ins in Internet Explorer 11, which cannot run the task pane: say so in Vietnamese and
 * English instead of leaving a blank pane.
 */
(function () {
  var ua = window.navigator.userAgent || "";
  var isInternetExplorer = ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1;
  var lacksModernScript =
    typeof window.Promise === "undefined" ||
    typeof window.Symbol === "undefined" ||
    typeof window.Map === "undefined" ||
    typeof window.fetch === "undefined";
  if (!isInternetExplorer && !lacksModernScript) return;
  window.__vanbanUnsupported = true;
  function show() {
    var root = document.getElementById("root");
    if (root) root.style.display = "none";
    var box = document.getElementById("legacy-message");
    if (box) box.style.display = "block";
  }
  if (document.readyState !== "loading") {
    show();
  } else if (document.addEventListener) {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    document.attachEvent("onreadystatechange", function () {
      if (document.readyState !== "loading") show();
    });
  }
})();
