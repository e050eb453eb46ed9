/**
 * Webpack plugin for production builds: rewrites every DEV_ORIGIN in the emitted text files
 * (manifest, metadata, help page, bundles) to the production host, then fails the build if any
 * of them still points at a localhost URL. office.js's own copy is left untouched.
 */
import type { Compiler } from "webpack";
import { DEV_ORIGIN, rewriteDevOrigin } from "./productionHost";

const NAME = "ProductionHostPlugin";
const TEXT_FILE = /\.(html|js|json|xml|css|svg|txt|map)$/;
/** Any localhost URL, whatever its scheme or port. */
const LEFTOVER = "//localhost";

export interface ProductionHostOptions {
  host: string;
  /** Asset path prefixes that are copied verbatim (third-party files). */
  untouched: string[];
}

export class ProductionHostPlugin {
  constructor(private readonly options: ProductionHostOptions) {}

  apply(compiler: Compiler): void {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        // After html-webpack-plugin (OPTIMIZE_INLINE) and minification, so every file is final.
        { name: NAME, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          for (const asset of compilation.getAssets()) {
            if (!TEXT_FILE.test(asset.name) || this.options.untouched.some((p) => asset.name.startsWith(p))) continue;
            let text = asset.source.source().toString();
            if (text.includes(DEV_ORIGIN)) {
              text = rewriteDevOrigin(text, this.options.host);
              compilation.updateAsset(asset.name, new RawSource(text));
            }
            if (text.includes(LEFTOVER)) {
              compilation.errors.push(
                new compiler.webpack.WebpackError(`${NAME}: ${asset.name} still refers to ${LEFTOVER} after rewriting URLs to ${this.options.host}`),
              );
            }
          }
        },
      );
    });
  }
}
