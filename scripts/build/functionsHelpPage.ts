/**
 * Renders dist/help/functions.html, the page the functions' help links (helpUrl) open: one
 * section per function, anchored by its lowercase id, with the signature, the English,
 * Simplified and Traditional Chinese descriptions and a parameter table, all taken from the
 * generated metadata so the page cannot disagree with what Excel shows.
 */
import type { FunctionMetadata, FunctionsMetadata, ParameterMetadata } from "./functionsMetadata";

/** A localized copy of the metadata, by the manifest locale whose override serves it. */
export interface HelpTranslation {
  lang: "zh-CN" | "zh-TW";
  metadata: FunctionsMetadata;
}

/** Each translation's column heading and how-to line. */
const WORDS: Record<HelpTranslation["lang"], { description: string; intro: (namespace: string) => string }> = {
  "zh-CN": { description: "说明", intro: (ns) => `在单元格中输入 <code>=${ns}.</code> 即可使用以下函数。输入为空时结果为空；出错时错误信息会说明如何修正。` },
  "zh-TW": { description: "說明", intro: (ns) => `在儲存格中輸入 <code>=${ns}.</code> 即可使用以下函數。輸入為空白時結果為空白；發生錯誤時，錯誤訊息會說明如何修正。` },
};

/** The fragment a function's helpUrl points at. */
export function helpAnchor(id: string): string {
  return id.toLowerCase();
}

/** Where a function's helpUrl must point, relative to the add-in's base URL. */
export function helpPath(id: string): string {
  return `help/functions.html#${helpAnchor(id)}`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function typeLabel(type: string | undefined, dimensionality: string | undefined): string {
  const base = type ?? "any";
  return dimensionality === "matrix" ? `range of ${base}` : base;
}

function signature(namespace: string, fn: FunctionMetadata): string {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `${namespace}.${fn.name}(${params})`;
}

/** A function as one translation has it. */
type Localized = { lang: HelpTranslation["lang"]; fn: FunctionMetadata | undefined };

function parameterRow(p: ParameterMetadata, translated: readonly Localized[]): string {
  return [
    "<tr>",
    `<td><code>${escape(p.name)}</code></td>`,
    `<td>${escape(typeLabel(p.type, p.dimensionality))}</td>`,
    `<td>${p.optional ? "optional 可选" : "required 必填"}</td>`,
    `<td>${escape(p.description ?? "")}</td>`,
    ...translated.map(({ lang, fn }) => `<td lang="${lang}">${escape(fn?.parameters.find((z) => z.name === p.name)?.description ?? "")}</td>`),
    "</tr>",
  ].join("");
}

function section(namespace: string, fn: FunctionMetadata, translated: readonly Localized[]): string {
  const rows = fn.parameters.map((p) => parameterRow(p, translated));
  const result = fn.result?.dimensionality === "matrix" ? "a spilled range" : typeLabel(fn.result?.type, undefined);
  const headings = translated.map(({ lang }) => `<th lang="${lang}">${WORDS[lang].description}</th>`).join("");
  return `
<section id="${escape(helpAnchor(fn.id))}">
  <h2><a href="#${escape(helpAnchor(fn.id))}">${escape(signature(namespace, fn))}</a></h2>
  <p>${escape(fn.description ?? "")}</p>
  ${translated.map(({ lang, fn: t }) => `<p lang="${lang}">${escape(t?.description ?? "")}</p>`).join("\n  ")}
  ${rows.length > 0
    ? `<table><thead><tr><th>Parameter 参数</th><th>Type 类型</th><th>Use 用法</th><th>Description</th>${headings}</tr></thead><tbody>${rows.join("")}</tbody></table>`
    : "<p>No parameters. 无参数。</p>"}
  <p class="returns">Returns 返回: ${escape(result)}</p>
</section>`;
}

const STYLE = `
body { font-family: "Segoe UI", "Microsoft YaHei", system-ui, sans-serif; margin: 0; color: #1f2933; line-height: 1.5; }
header { display: flex; align-items: center; gap: 12px; padding: 16px 24px; background: #0f766e; color: #fff; }
header img { width: 40px; height: 40px; }
header h1 { font-size: 1.4rem; margin: 0; }
main { max-width: 960px; margin: 0 auto; padding: 8px 24px 48px; }
nav ul { columns: 2; padding-left: 1.2em; }
section { border-top: 1px solid #d9e2ec; padding-top: 8px; margin-top: 24px; }
section h2 { font-size: 1.1rem; font-family: Consolas, "Courier New", monospace; }
section h2 a { color: #0f766e; text-decoration: none; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #e4e7eb; padding: 4px 8px; }
.returns { color: #52606d; }
`;

export function renderHelpPage(metadata: FunctionsMetadata, translations: readonly HelpTranslation[], namespace: string): string {
  const byId = translations.map(({ lang, metadata: t }) => ({ lang, functions: new Map(t.functions.map((f) => [f.id, f])) }));
  const toc = metadata.functions
    .map((f) => `<li><a href="#${escape(helpAnchor(f.id))}">${escape(`${namespace}.${f.name}`)}</a></li>`)
    .join("\n      ");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>TeleScore functions · TeleScore 函数</title>
  <style>${STYLE}</style>
</head>
<body>
<header><img src="../assets/logo.svg" alt=""><h1>TeleScore functions · TeleScore 函数</h1></header>
<main>
  <p>Type <code>=${escape(namespace)}.</code> in a cell to use these functions. Blank inputs give a blank result; an error says what to fix.</p>
  ${translations.map(({ lang }) => `<p lang="${lang}">${WORDS[lang].intro(escape(namespace))}</p>`).join("\n  ")}
  <nav>
    <ul>
      ${toc}
    </ul>
  </nav>${metadata.functions.map((f) => section(namespace, f, byId.map(({ lang, functions }) => ({ lang, fn: functions.get(f.id) })))).join("\n")}
</main>
</body>
</html>
`;
}
