/**
 * Webpack plugin deriving what Excel and users read next to functions.json (which
 * CustomFunctionsMetadataPlugin generates from the JSDoc):
 *   functions.zh-CN.json   the metadata with Simplified and Traditional Chinese descriptions,
 *   functions.zh-TW.json   referenced by the manifest's zh-CN and zh-TW/zh-HK overrides; fails the
 *                          build when a translation table and the functions disagree on an id or
 *                          a parameter;
 *   help/functions.html    the page every function's helpUrl opens; fails the build when a
 *                          helpUrl does not point at its own section there;
 *   guard.js               the legacy-webview guard with every function id (legacyGuard.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Compilation, Compiler } from "webpack";
import type { FunctionsMetadata } from "./functionsMetadata";
import { helpPath, renderHelpPage, type HelpTranslation } from "./functionsHelpPage";
import { legacyGuardSource } from "./legacyGuard";
import { localizeMetadata } from "./localizeMetadata";
import { DEV_ORIGIN } from "./productionHost";

export interface FunctionsArtifactsOptions {
  /** Asset name of the generated metadata. */
  metadataAsset: string;
  /**
   * One per language: the absolute path of its translation table and the asset name of its
   * localized metadata (which must match the manifest's override URL for that locale).
   */
  localizations: readonly { lang: HelpTranslation["lang"]; translations: string; asset: string }[];
  helpAsset: string;
  /** The custom functions namespace shown in signatures (the manifest's Functions.Namespace). */
  namespace: string;
  /** Absolute path of the guard's template, and the asset name the pages load it by. */
  guard: { template: string; asset: string };
}

const NAME = "FunctionsArtifactsPlugin";

export class FunctionsArtifactsPlugin {
  constructor(private readonly options: FunctionsArtifactsOptions) {}

  apply(compiler: Compiler): void {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        () => {
          const fail = (message: string) => compilation.errors.push(new compiler.webpack.WebpackError(`${NAME}: ${message}`));
          for (const l of this.options.localizations) compilation.fileDependencies.add(l.translations);
          compilation.fileDependencies.add(this.options.guard.template);
          const generated = compilation.getAsset(this.options.metadataAsset);
          // Without it, CustomFunctionsMetadataPlugin has already reported why.
          if (!generated) return;
          const metadata = JSON.parse(generated.source.source().toString()) as FunctionsMetadata;
          const translated: HelpTranslation[] = [];
          for (const { lang, translations, asset } of this.options.localizations) {
            const table = readTable(translations, fail);
            if (table === undefined) return;
            const localized = localizeMetadata(metadata, table, path.relative(compiler.context, translations));
            localized.problems.forEach(fail);
            emit(compilation, asset, new RawSource(`${JSON.stringify(localized.metadata, null, 4)}\n`));
            translated.push({ lang, metadata: localized.metadata });
          }
          for (const fn of metadata.functions) {
            const expected = DEV_ORIGIN + helpPath(fn.id);
            if (fn.helpUrl !== expected) {
              fail(`${fn.id}: helpUrl is ${fn.helpUrl ? `"${fn.helpUrl}"` : "missing"}; add "@helpurl ${expected}" to its JSDoc`);
            }
          }
          emit(compilation, this.options.helpAsset, new RawSource(renderHelpPage(metadata, translated, this.options.namespace)));
          try {
            const guard = legacyGuardSource(readFileSync(this.options.guard.template, "utf8"), metadata.functions.map((fn) => fn.id));
            // Hand-written ES5: the minifier must leave it as it is.
            emit(compilation, this.options.guard.asset, new RawSource(guard), { minimized: true });
          } catch (error) {
            fail(`${this.options.guard.template}: ${(error as Error).message}`);
          }
        },
      );
    });
  }
}

function readTable(file: string, fail: (message: string) => void): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    fail(`cannot read the translation table ${file}: ${(error as Error).message}`);
    return undefined;
  }
}

function emit(compilation: Compilation, name: string, source: InstanceType<Compiler["webpack"]["sources"]["RawSource"]>, info: { minimized?: boolean } = {}): void {
  if (compilation.getAsset(name)) compilation.updateAsset(name, source, info);
  else compilation.emitAsset(name, source, info);
}
