/**
 * The Content-Security-Policy of every TeleScore page: the add-in loads its own files and
 * Microsoft's hosted Office.js and nothing else, runs no inline or eval'd script, and talks to no
 * server but its own. webpack.config.js sends it as a header from the dev server,
 * and ContentSecurityPolicyPlugin writes it into each generated HTML page as a <meta> tag, so it
 * holds on any production web server too. docs/security.md gives the evidence for each choice.
 */

/**
 * Where production pages load Office.js from: Microsoft's CDN, as commercial marketplace policy
 * 1120.1 requires (docs/security.md, "Office.js"). Development builds serve a local stand-in.
 */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The one origin besides the add-in's own that a page may load from (office.js loads its host files from there). */
export const OFFICE_JS_ORIGIN = new URL(OFFICE_JS_CDN).origin;

/**
 * Directive -> sources, each checked in Chromium against the built pages (docs/security.md). Why:
 * - script-src names Office.js's origin: the hosted office.js adds <script> elements for its
 *   host-specific files from the same folder, so the origin, not the one file, is allowed.
 * - style-src 'unsafe-inline': Fluent UI's Griffel inserts <style> elements at run time (without it
 *   the pane renders unstyled; a nonce cannot work on a static page), the help page carries its
 *   stylesheet inline, and office.js on Excel on the web applies inline styles (office-js #1687).
 *   Styles run no code, and any URL a style names is still held to 'self'.
 * - No 'unsafe-eval': zod's `new Function("")` probe, webpack's global-object fallback and
 *   office.js's are each in a try/catch that falls back to plain code.
 * - default-src 'self' also keeps out the hidden telemetry frame office.js's loader opens to
 *   telemetryservice.firstpartyapps.oaspapps.com; office.js works on without it.
 * - worker-src 'self': the call-log file worker (docs/review.md, "Importing a CSV file") is a
 *   bundled file of the add-in's origin; said outright so that workers do not inherit script-src's
 *   CDN, and no blob: or data: worker is ever allowed.
 * - frame-ancestors is absent: a <meta> policy cannot carry it, and Microsoft publishes no list of
 *   the origins that frame an add-in (office-js #1005); see docs/security.md.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": ["'self'", OFFICE_JS_ORIGIN],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'"],
  "connect-src": ["'self'"],
  "worker-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

/** The policy as a header value or a <meta> content: `default-src 'self'; script-src 'self'; …`. */
export function contentSecurityPolicy(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

const HEAD = /<head(?:\s[^>]*)?>/i;
/** A charset declaration right at the start of the head, which should stay the head's first element. */
const LEADING_CHARSET = /^\s*<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i;
const CSP_META = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy/i;
/** A <script> start tag without a src attribute: inline code, which the policy would block. */
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc\s*=)[^>]*>/i;

function attribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/**
 * `html` with the policy as a <meta http-equiv> tag at the top of its head (after a leading charset
 * declaration), so that it governs everything the page loads. Throws when the page has no head,
 * already has a policy of its own, or holds inline script the policy would block.
 */
export function withCspMeta(html: string, policy: string): string {
  const head = HEAD.exec(html);
  if (!head) throw new Error("it has no <head> to put the Content-Security-Policy in");
  if (CSP_META.test(html)) throw new Error("it already declares a Content-Security-Policy; the build sets the one policy");
  if (INLINE_SCRIPT.test(html)) throw new Error("it has an inline <script>, which the Content-Security-Policy blocks; load the code from a file");
  let at = head.index + head[0].length;
  const charset = LEADING_CHARSET.exec(html.slice(at));
  if (charset) at += charset[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${attribute(policy)}">`;
  return html.slice(0, at) + meta + html.slice(at);
}
