/**
 * The one way TeleScore's build plugins edit emitted files: after html-webpack-plugin, the help
 * page and minification (PROCESS_ASSETS_STAGE_SUMMARIZE), so every file is final; third-party
 * files copied verbatim are skipped; an Error thrown by `rewrite` fails the build naming the file.
 */
import type { Compiler } from "webpack";

export interface FinalAssetsOptions {
  /** Which emitted files to look at, by asset name. */
  include: (assetName: string) => boolean;
  /** Asset path prefixes copied verbatim from third parties. */
  untouched: string[];
}

export function rewriteFinalAssets(compiler: Compiler, plugin: string, options: FinalAssetsOptions, rewrite: (text: string) => string): void {
  const { RawSource } = compiler.webpack.sources;
  compiler.hooks.thisCompilation.tap(plugin, (compilation) => {
    compilation.hooks.processAssets.tap({ name: plugin, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
      for (const asset of compilation.getAssets()) {
        if (!options.include(asset.name) || options.untouched.some((p) => asset.name.startsWith(p))) continue;
        const text = asset.source.source().toString();
        try {
          const result = rewrite(text);
          if (result !== text) compilation.updateAsset(asset.name, new RawSource(result));
        } catch (error) {
          compilation.errors.push(new compiler.webpack.WebpackError(`${plugin}: ${asset.name}: ${(error as Error).message}`));
        }
      }
    });
  });
}
