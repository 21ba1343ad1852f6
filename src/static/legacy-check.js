/*
 * Runs before the add-in's bundle, in ES5 only. Word 2016 and 2019 with volume licences run
 * add-ins in Internet Explorer 11, and retail Word 2016/2019 without the WebView2 runtime run
 * them in EdgeHTML (Edge Legacy), whose script engine cannot parse the bundle's syntax
 * (optional chaining, nullish coalescing): say so in Vietnamese and English instead of leaving
 * a blank pane. Which webview Office uses where:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 */
(function () {
  var ua = window.navigator.userAgent || "";
  var isInternetExplorer = ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1;
  // EdgeHTML says "Edge/18.x"; Chromium's Edge and WebView2 say "Edg/" and parse the bundle.
  var isEdgeHtml = /\bEdge\/\d/.test(ua);
  var lacksModernScript =
    typeof window.Promise === "undefined" ||
    typeof window.Symbol === "undefined" ||
    typeof window.Map === "undefined" ||
    typeof window.fetch === "undefined";
  if (!isInternetExplorer && !isEdgeHtml && !lacksModernScript) return;
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
