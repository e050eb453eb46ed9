/**
 * Webpack plugin for production builds: rewrites every DEV_ORIGIN in the emitted text files
 * (manifest, metadata, help page, bundles) to the production host, then fails the build if any
 * of them still points at a localhost URL. office.js's own copy is left untouched.
 */
import type { Compiler } from "webpack";
import { rewriteFinalAssets } from "./finalAssets";
import { DEV_ORIGIN, rewriteDevOrigin } from "./productionHost";

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
    const { host, untouched } = this.options;
    rewriteFinalAssets(compiler, "ProductionHostPlugin", { include: (name) => TEXT_FILE.test(name), untouched }, (text) => {
      const rewritten = text.includes(DEV_ORIGIN) ? rewriteDevOrigin(text, host) : text;
      if (rewritten.includes(LEFTOVER)) throw new Error(`still refers to ${LEFTOVER} after rewriting URLs to ${host}`);
      return rewritten;
    });
  }
}
