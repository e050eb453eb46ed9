/**
 * Webpack plugin: every page it is given loads office.js first (a blocking script, so Office and
 * CustomFunctions exist before the deferred bundles run), then the legacy-webview guard, and may
 * load nothing from another origin but Microsoft's hosted office.js (docs/security.md, "Office.js").
 * Production builds give the CDN URL; development builds a local stand-in, for the workbench and
 * the tests, which cannot reach the CDN.
 */
import type HtmlWebpackPlugin from "html-webpack-plugin";
import type { Compiler } from "webpack";
import { OFFICE_JS_CDN } from "./contentSecurityPolicy";

const NAME = "OfficeJsPlugin";
/** A script src or stylesheet href that is absolute or protocol-relative. */
const FOREIGN = /<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"' >]+)/gi;

export interface OfficeJsOptions {
  /** office.js: OFFICE_JS_CDN, or a path relative to the page, e.g. "office-js/office.js". */
  src: string;
  /** Scripts of the add-in's own that must run right after office.js and before the bundles. */
  then: string[];
  /** The html-webpack-plugin class the config uses (its hooks are per module instance). */
  html: typeof HtmlWebpackPlugin;
}

export class OfficeJsPlugin {
  constructor(private readonly options: OfficeJsOptions) {}

  apply(compiler: Compiler): void {
    const { html, src, then } = this.options;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      const hooks = html.getHooks(compilation);
      hooks.alterAssetTagGroups.tap(NAME, (data) => {
        data.headTags.unshift(...[src, ...then].map((script) => html.createHtmlTagObject("script", { src: script })));
        return data;
      });
      hooks.beforeEmit.tap(NAME, (data) => {
        for (const [, url] of data.html.matchAll(FOREIGN)) {
          if (url === OFFICE_JS_CDN) continue;
          compilation.errors.push(
            new compiler.webpack.WebpackError(`${NAME}: ${data.outputName} loads ${url} from another origin; only ${OFFICE_JS_CDN} may come from outside the add-in`),
          );
        }
        return data;
      });
    });
  }
}
