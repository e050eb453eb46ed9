/**
 * Webpack plugin: writes the Content-Security-Policy into every HTML page the build generates (the
 * task pane and the functions help page, and any page added later), once all of them are final,
 * and fails the build for a page it cannot protect. Third-party files copied verbatim (office.js's
 * own error page) are left as their authors wrote them.
 */
import type { Compiler } from "webpack";
import { withCspMeta } from "./contentSecurityPolicy";

const NAME = "ContentSecurityPolicyPlugin";

export interface ContentSecurityPolicyOptions {
  /** The policy, as contentSecurityPolicy() gives it. */
  policy: string;
  /** Asset path prefixes copied verbatim from third parties. */
  untouched: string[];
}

export class ContentSecurityPolicyPlugin {
  constructor(private readonly options: ContentSecurityPolicyOptions) {}

  apply(compiler: Compiler): void {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        // After html-webpack-plugin (OPTIMIZE_INLINE) and the help page (DERIVED) are emitted.
        { name: NAME, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          for (const asset of compilation.getAssets()) {
            if (!asset.name.endsWith(".html") || this.options.untouched.some((p) => asset.name.startsWith(p))) continue;
            try {
              compilation.updateAsset(asset.name, new RawSource(withCspMeta(asset.source.source().toString(), this.options.policy)));
            } catch (error) {
              compilation.errors.push(new compiler.webpack.WebpackError(`${NAME}: ${asset.name}: ${(error as Error).message}`));
            }
          }
        },
      );
    });
  }
}
