/**
 * Everything a browser session asked the network for: every request the pages made, every load
 * the Content-Security-Policy refused, and every uncaught page error. The rule: requests go to the
 * served origin and, for office.js alone, to Microsoft's Office.js CDN (what production pages
 * load; development builds serve a local stand-in), and the policy refuses nothing but the
 * attempts below, each known and explained in docs/security.md. Anything else is a new origin or
 * a new attempt, and fails the run.
 */
import { OFFICE_JS_ORIGIN } from "../../scripts/build/contentSecurityPolicy";

export interface Refusal {
  /** The directive that refused, e.g. "frame-src". */
  directive: string;
  /** What was refused: a URL, or "eval" / "inline". */
  blocked: string;
  /** The page that tried. */
  page: string;
}

export interface RequestRecord {
  /** Every request URL, in order, from every page and frame of the session. */
  requests: string[];
  refusals: Refusal[];
  pageErrors: string[];
}

export const emptyRecord = (): RequestRecord => ({ requests: [], refusals: [], pageErrors: [] });

/** Attempts the policy is known to refuse, each harmless (docs/security.md, "The browser's record of every request"). */
export const KNOWN_REFUSALS: readonly { directive: string; blocked: string }[] = [
  // zod 4 probes `new Function("")` once to pick its fast path, and goes on without it when refused.
  { directive: "script-src", blocked: "eval" },
  // office.js's loader opens a hidden telemetry frame 3 s after start; office.js works on without it.
  { directive: "frame-src", blocked: "https://telemetryservice.firstpartyapps.oaspapps.com" },
];

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

const isKnown = (refusal: Refusal): boolean =>
  KNOWN_REFUSALS.some((k) => k.directive === refusal.directive && (refusal.blocked === k.blocked || originOf(refusal.blocked) === k.blocked));

/** The requests to any origin but `origin` and Office.js's CDN (a blob: URL counts as its creator's origin). */
export function foreignRequests(record: RequestRecord, origin: string): string[] {
  return record.requests.filter((url) => originOf(url) !== origin && originOf(url) !== OFFICE_JS_ORIGIN);
}

/** What breaks the rule, in words; empty when the session kept to it. */
export function ruleBreaches(record: RequestRecord, origin: string): string[] {
  return [
    ...foreignRequests(record, origin).map((url) => `a request outside ${origin} and ${OFFICE_JS_ORIGIN}: ${url}`),
    ...record.refusals.filter((r) => !isKnown(r)).map((r) => `a load the Content-Security-Policy refused and no one expected: ${r.directive} ${r.blocked} (from ${r.page})`),
    ...record.pageErrors.map((message) => `an uncaught error in the page: ${message}`),
  ];
}
