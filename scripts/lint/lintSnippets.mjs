/**
 * Lints snippets of code as if they were files of the repository, with the repository's own
 * eslint.config.mjs, through ESLint's Node API. Reads [{ filePath, code }] as JSON on stdin and
 * prints [{ filePath, messages: [{ ruleId, message }] }]. A separate process because ESLint loads
 * its config with import(), which Jest's module sandbox refuses (test/lint/boundaries.test.ts).
 */
import { ESLint } from "eslint";
import { text } from "node:stream/consumers";

const snippets = JSON.parse(await text(process.stdin));
const eslint = new ESLint({ cwd: new URL("../..", import.meta.url).pathname });
const results = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  results.push({ filePath, messages: result.messages.map(({ ruleId, message }) => ({ ruleId, message })) });
}
process.stdout.write(JSON.stringify(results));
