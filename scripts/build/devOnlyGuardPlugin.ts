/**
 * Webpack plugin for production builds: fails when a module from a devDependency (HyperFormula,
 * ExcelJS, test libraries…) ends up in a bundle, naming the module that imported it. Only the
 * entries' real dependencies may ship.
 */
import path from "node:path";
import type { Compiler, Module } from "webpack";

const NAME = "DevOnlyGuardPlugin";

/** The npm package a file belongs to (`@scope/name` or `name`), from its last node_modules. */
export function packageOf(file: string): string | null {
  const parts = file.split(/[\\/]/);
  const at = parts.lastIndexOf("node_modules");
  if (at < 0 || at + 1 >= parts.length) return null;
  return parts[at + 1].startsWith("@") ? `${parts[at + 1]}/${parts[at + 2]}` : parts[at + 1];
}

export class DevOnlyGuardPlugin {
  constructor(private readonly devOnly: ReadonlySet<string>) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.finishModules.tap(NAME, (modules) => {
        // One report per package, naming the file outside it that pulled it in.
        const importers = new Map<string, string>();
        for (const module of modules) {
          const pkg = packageOf(resourceOf(module) ?? "");
          if (pkg === null || !this.devOnly.has(pkg)) continue;
          const issuer = resourceOf(compilation.moduleGraph.getIssuer(module));
          if (issuer !== undefined && packageOf(issuer) === pkg) {
            if (!importers.has(pkg)) importers.set(pkg, "");
            continue;
          }
          importers.set(pkg, issuer ? path.relative(compiler.context, issuer) : "an entry");
        }
        for (const [pkg, from] of importers) {
          compilation.errors.push(
            new compiler.webpack.WebpackError(
              `${NAME}: devDependency "${pkg}" would ship in the bundle (imported by ${from || "another package"}); keep it out of src/ or make it a dependency`,
            ),
          );
        }
      });
    });
  }
}

function resourceOf(module: Module | null | undefined): string | undefined {
  return module && "resource" in module ? (module as Module & { resource: string }).resource : undefined;
}
