/*
 * TeleScore's guard for Office's legacy webviews, in ES5 on purpose (a test parses it as ES5).
 * Some Office versions host add-ins in Internet Explorer 11 ("Trident") or Edge Legacy
 * ("EdgeHTML"); they cannot parse the ES2020 bundles, so without this the pane stays blank and
 * every TELE formula shows #BUSY! for ever. Microsoft recommends detecting these webviews by the
 * user agent and failing gracefully:
 * https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11
 * In one, this script (loaded before the bundles, see docs/security.md, "Office.js") writes a
 * message into the pane in English, Simplified and Traditional Chinese, and associates every TELE function id with a
 * stand-in that returns #N/A "needs a newer Office" (CustomFunctions.associate and, where the
 * Office build has CustomFunctionsRuntime 1.2, CustomFunctions.Error:
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 * The build fills in the function ids from functions.json (scripts/build/legacyGuard.ts).
 */
(function () {
  "use strict";
  var userAgent = window.navigator.userAgent;
  if (userAgent.indexOf("Trident") === -1 && userAgent.indexOf("Edge/") === -1) return;

  var FUNCTION_IDS = /* TELE function ids */ [];
  var TITLE_EN = "TeleScore needs a newer version of Office";
  var TEXT_EN =
    "This version of Office shows add-ins in an old browser (Internet Explorer or Edge Legacy) that cannot run TeleScore. " +
    "Use Microsoft 365 or Office 2021 or later on Windows 10 or 11, Excel on the web, or Excel for Mac. TELE formulas show #N/A until then.";
  var TITLE_ZH = "TeleScore 需要更新版本的 Office";
  var TEXT_ZH =
    "此版本的 Office 使用旧版浏览器（Internet Explorer 或旧版 Edge）显示加载项，无法运行 TeleScore。" +
    "请使用 Windows 10 或 11 上的 Microsoft 365 或 Office 2021 及更高版本、Excel 网页版或 Excel for Mac。在此之前，TELE 公式显示 #N/A。";
  var TITLE_HANT = "TeleScore 需要較新版本的 Office";
  var TEXT_HANT =
    "此版本的 Office 使用舊版瀏覽器（Internet Explorer 或舊版 Edge）顯示增益集，無法執行 TeleScore。" +
    "請使用 Windows 10 或 11 上的 Microsoft 365 或 Office 2021 及更新版本、Excel 網頁版或 Excel for Mac。在此之前，TELE 公式會顯示 #N/A。";
  var CELL_EN = "TeleScore needs a newer Office: this version runs add-ins in Internet Explorer.";
  var CELL_ZH = "TeleScore 需要更新版本的 Office：此版本在 Internet Explorer 中运行加载项。";
  var CELL_HANT = "TeleScore 需要較新版本的 Office：此版本在 Internet Explorer 中執行增益集。";

  /** The cell's message for Office's display language, chosen as langOfDisplayLanguage (src/engine/messages.ts) does. */
  function cellMessage() {
    var office = window.Office;
    var language = office && office.context && office.context.displayLanguage;
    var subtags = typeof language === "string" ? language.replace(/^\s+|\s+$/g, "").toLowerCase().split(/[-_]/) : [];
    if (subtags[0] !== "zh") return CELL_EN;
    for (var s = 1; s < subtags.length; s++) {
      if (subtags[s] === "hant" || subtags[s] === "tw" || subtags[s] === "hk" || subtags[s] === "mo") return CELL_HANT;
    }
    return CELL_ZH;
  }

  function standIn() {
    var message = cellMessage();
    var functions = window.CustomFunctions;
    if (typeof functions.Error === "function" && functions.ErrorCode) {
      return new functions.Error(functions.ErrorCode.notAvailable, message);
    }
    // Before CustomFunctionsRuntime 1.2 no error can carry a message: the text says it instead.
    return message;
  }

  if (window.CustomFunctions && typeof window.CustomFunctions.associate === "function") {
    for (var i = 0; i < FUNCTION_IDS.length; i++) window.CustomFunctions.associate(FUNCTION_IDS[i], standIn);
  }

  function paragraph(tag, text, language) {
    var element = document.createElement(tag);
    element.setAttribute("lang", language);
    element.appendChild(document.createTextNode(text));
    return element;
  }

  function notice() {
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.padding = "12px";
    box.style.fontFamily = "Segoe UI, sans-serif";
    box.appendChild(paragraph("h1", TITLE_EN, "en"));
    box.appendChild(paragraph("p", TEXT_EN, "en"));
    box.appendChild(paragraph("h1", TITLE_ZH, "zh-CN"));
    box.appendChild(paragraph("p", TEXT_ZH, "zh-CN"));
    box.appendChild(paragraph("h1", TITLE_HANT, "zh-TW"));
    box.appendChild(paragraph("p", TEXT_HANT, "zh-TW"));
    return box;
  }

  function showMessage() {
    var root = document.getElementById("root");
    // In place of the pane's "Loading…", which would otherwise stay for ever.
    if (root) root.innerHTML = "";
    (root || document.body).appendChild(notice());
  }

  if (document.body) showMessage();
  else document.addEventListener("DOMContentLoaded", showMessage);
})();
