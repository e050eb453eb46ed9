/**
 * Webpack plugin: the task pane page loads office.js from the add-in's own copy (first, as a
 * blocking script, so Office and CustomFunctions exist before the deferred bundles run), and the
 * page may not load anything from another origin.
 */
import type HtmlWebpackPlugin from "html-webpack-plugin";
import type { Compiler } from "webpack";

const NAME = "LocalOfficeJsPlugin";
/** A script src or stylesheet href that is absolute or protocol-relative. */
const FOREIGN = /<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"' >]+)/gi;

export interface LocalOfficeJsOptions {
  /** Path of office.js relative to the page, e.g. "office-js/office.js". */
  src: string;
  /** The html-webpack-plugin class the config uses (its hooks are per module instance). */
  html: typeof HtmlWebpackPlugin;
}

export class LocalOfficeJsPlugin {
  constructor(private readonly options: LocalOfficeJsOptions) {}

  apply(compiler: Compiler): void {
    const { html, src } = this.options;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      const hooks = html.getHooks(compilation);
      hooks.alterAssetTagGroups.tap(NAME, (data) => {
        data.headTags.unshift(html.createHtmlTagObject("script", { src }));
        return data;
      });
      hooks.beforeEmit.tap(NAME, (data) => {
        for (const [, url] of data.html.matchAll(FOREIGN)) {
          compilation.errors.push(
            new compiler.webpack.WebpackError(`${NAME}: ${data.outputName} loads ${url} from another origin; serve it from the add-in (office.js is at ${src})`),
          );
        }
        return data;
      });
    });
  }
}
