/**
 * The project's import boundaries as one ESLint rule (docs/checks.md, "Boundaries"). Each import,
 * re-export, dynamic import() and require() is resolved to what it names: a package (its name) or
 * a repository path (relative specifiers resolved against the importing file). Resolving, rather
 * than matching the specifier text, means "../../taskpane/x" and "../taskpane" are the same thing.
 *
 * Options (one object):
 * - forbidPackages: package names or "@scope/*"; `message` per entry says why.
 * - forbidPaths: repository folders (e.g. "src/workbench") no import may resolve into.
 * - forbidViews: a message; when set, an import of a .tsx module (a React view or component) is refused.
 * Type-only imports count too: a type from React still ties the module to React.
 */
import { existsSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";

const repoRoot = resolve(dirname(new URL(import.meta.url).pathname), "../..");

/** The package a bare specifier names: "react-dom/client" -> "react-dom", "@fluentui/x/y" -> "@fluentui/x". */
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function matchesPackage(name, pattern) {
  return pattern.endsWith("/*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

/** A repository path ("src/engine/x") with forward slashes, or null outside the repository. */
function repoPath(absolute) {
  const rel = relative(repoRoot, absolute);
  return rel.startsWith("..") ? null : rel.split(sep).join("/");
}

function isInside(path, folder) {
  return path === folder || path.startsWith(`${folder}/`);
}

/** Whether a relative specifier resolves to a .tsx module (the bundler tries .ts then .tsx, then index.*). */
function isView(absolute) {
  if (absolute.endsWith(".tsx")) return true;
  if (existsSync(`${absolute}.ts`) || existsSync(`${absolute}/index.ts`)) return false;
  return existsSync(`${absolute}.tsx`) || existsSync(`${absolute}/index.tsx`);
}

const importBoundaries = {
  meta: {
    type: "problem",
    docs: { description: "An import that crosses one of the project's layer boundaries (docs/checks.md)." },
    schema: [
      {
        type: "object",
        properties: {
          forbidPackages: {
            type: "array",
            items: { type: "object", properties: { name: { type: "string" }, message: { type: "string" } }, required: ["name", "message"], additionalProperties: false },
          },
          forbidPaths: {
            type: "array",
            items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } }, required: ["path", "message"], additionalProperties: false },
          },
          forbidViews: { type: "string" },
        },
        additionalProperties: false,
      },
    ],
    messages: { crossed: "'{{specifier}}': {{message}}" },
  },
  create(context) {
    const { forbidPackages = [], forbidPaths = [], forbidViews } = context.options[0] ?? {};
    const fileDir = dirname(context.filename);

    function check(node, specifier) {
      if (typeof specifier !== "string") return;
      const report = (message) => context.report({ node, messageId: "crossed", data: { specifier, message } });
      if (!specifier.startsWith(".") && !specifier.startsWith("/")) {
        const name = packageName(specifier);
        const hit = forbidPackages.find((entry) => matchesPackage(name, entry.name));
        if (hit) report(hit.message);
        return;
      }
      const absolute = resolve(fileDir, specifier);
      const target = repoPath(absolute);
      const hit = target === null ? undefined : forbidPaths.find((entry) => isInside(target, entry.path));
      if (hit) report(hit.message);
      else if (forbidViews && isView(absolute)) report(forbidViews);
    }

    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === "TSExternalModuleReference" && check(node.moduleReference, node.moduleReference.expression.value),
      "CallExpression[callee.type='Identifier'][callee.name='require']": (node) =>
        node.arguments[0]?.type === "Literal" && check(node, node.arguments[0].value),
    };
  },
};

export default { meta: { name: "telescore" }, rules: { "import-boundaries": importBoundaries } };
