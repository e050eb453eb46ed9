/**
 * Webpack plugin: writes the Content-Security-Policy into every HTML page the build generates (the
 * task pane and the functions help page, and any page added later), once all of them are final,
 * and fails the build for a page it cannot protect. Third-party files copied verbatim (office.js's
 * own error page) are left as their authors wrote them.
 */
import type { Compiler } from "webpack";
import { withCspMeta } from "./contentSecurityPolicy";
import { rewriteFinalAssets } from "./finalAssets";

export interface ContentSecurityPolicyOptions {
  /** The policy, as contentSecurityPolicy() gives it. */
  policy: string;
  /** Asset path prefixes copied verbatim from third parties. */
  untouched: string[];
}

export class ContentSecurityPolicyPlugin {
  constructor(private readonly options: ContentSecurityPolicyOptions) {}

  apply(compiler: Compiler): void {
    const { policy, untouched } = this.options;
    rewriteFinalAssets(compiler, "ContentSecurityPolicyPlugin", { include: (name) => name.endsWith(".html"), untouched }, (html) => withCspMeta(html, policy));
  }
}
