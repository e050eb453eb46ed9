/**
 * What the page Excel opens costs in gzipped script bytes, read from a production build and its
 * webpack stats (docs/benchmarks.md, "Functions first"):
 * - beforeRegistration: every script that runs before the TELE functions register — the
 *   legacy-webview guard and the functions entry (webpack's runtime, the chunks it shares with the
 *   pane, the functions bundle). office.js is Microsoft's and comes from its CDN; not counted.
 * - paneFirstView: what the task pane adds for its first view — the start-up entry (the policy
 *   loader) and the "pane" chunk group (React, Fluent UI, the shell and the policy view), less
 *   the files the functions already loaded. The editor, review and reconcile views load later.
 * - firstViewTotal: the two together, every script of ours on screen at the first view.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The limits, in bytes (1 KB = 1,000 bytes, as the figures in docs/benchmarks.md). */
export const BUNDLE_LIMITS = { beforeRegistration: 60_000, paneFirstView: 200_000 } as const;

/** The part of webpack's stats JSON this reads (`webpack --json`). */
export interface BuildStats {
  entrypoints: Record<string, { assets: { name: string }[] }>;
  namedChunkGroups: Record<string, { assets: { name: string }[] }>;
}

export interface ScriptSet {
  files: string[];
  /** gzip -9 bytes, summed over the files. */
  gzipBytes: number;
}

export interface BundleSizes {
  beforeRegistration: ScriptSet;
  paneFirstView: ScriptSet;
  firstViewTotal: ScriptSet;
}

const scripts = (assets: { name: string }[]): string[] => assets.map((a) => a.name).filter((name) => name.endsWith(".js"));

export function bundleSizes(folder: string, stats: BuildStats, guardAsset: string): BundleSizes {
  const group = (name: string, from: Record<string, { assets: { name: string }[] }>) => {
    const found = from[name];
    if (!found) throw new Error(`the build has no "${name}" entry or chunk group`);
    return scripts(found.assets);
  };
  const measure = (files: string[]): ScriptSet => {
    const unique = [...new Set(files)];
    return { files: unique, gzipBytes: unique.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(folder, file)), { level: 9 }).length, 0) };
  };
  const beforeRegistration = [guardAsset, ...group("functions", stats.entrypoints)];
  const pane = [...group("taskpane", stats.entrypoints), ...group("pane", stats.namedChunkGroups)].filter((file) => !beforeRegistration.includes(file));
  return { beforeRegistration: measure(beforeRegistration), paneFirstView: measure(pane), firstViewTotal: measure([...beforeRegistration, ...pane]) };
}
