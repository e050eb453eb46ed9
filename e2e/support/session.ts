/**
 * One browser for one test file: Chromium with a fresh profile (so no language choice or storage
 * carries over between files), a fixed window, language, time zone and clock (so screenshots and
 * the dates written on sheets are the same on every run), reduced motion, and the request record of
 * requestRecord.ts. `close()` fails the file when the session broke the record's rule, so every
 * page any test opens is held to it, not only the network test's.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { emptyRecord, ruleBreaches, type Refusal, type RequestRecord } from "./requestRecord";

export const VIEWPORT = { width: 1280, height: 800 };
/** A Monday after the sample's quarter, 09:30 UTC: what "Generated at" and the like will read. */
export const FIXED_TIME = new Date("2026-10-05T09:30:00Z");

export interface Session {
  context: BrowserContext;
  page: Page;
  /** The served add-in, "http://127.0.0.1:PORT". */
  origin: string;
  record: RequestRecord;
  /** Opens a page of the build, e.g. "workbench.html?lang=zh-CN". */
  open(pathAndQuery: string): Promise<void>;
  /** Closes the browser; rejects when the session made a request, or a refused attempt, it should not have. */
  close(): Promise<void>;
}

export function servedOrigin(): string {
  const origin = process.env.TELESCORE_E2E_ORIGIN;
  if (!origin) throw new Error("TELESCORE_E2E_ORIGIN is not set: run the end-to-end tests with `jest -c jest.e2e.config.js`, whose globalSetup builds and serves the add-in.");
  return origin;
}

declare global {
  interface Window {
    __telescoreRefusal?: (refusal: Refusal) => void;
  }
}

export async function startSession(): Promise<Session> {
  const origin = servedOrigin();
  const profile = await mkdtemp(path.join(os.tmpdir(), "telescore-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    ignoreHTTPSErrors: true,
    viewport: VIEWPORT,
    locale: "en-US",
    timezoneId: "UTC",
    // Fluent UI then skips its transitions: no picture or contrast check catches a colour halfway.
    reducedMotion: "reduce",
  });
  const record = emptyRecord();
  context.on("request", (request) => record.requests.push(request.url()));
  await context.exposeBinding("__telescoreRefusal", (_source, refusal: Refusal) => record.refusals.push(refusal));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__telescoreRefusal?.({ directive: event.effectiveDirective, blocked: event.blockedURI, page: location.href }),
    );
  });
  await context.clock.setFixedTime(FIXED_TIME);
  context.on("weberror", (error) => record.pageErrors.push(error.error().message));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    origin,
    record,
    open: async (pathAndQuery) => {
      await page.goto(`${origin}/${pathAndQuery}`);
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      const breaches = ruleBreaches(record, origin);
      if (breaches.length > 0) throw new Error(`The browser session broke the no-network rule (docs/security.md):\n- ${breaches.join("\n- ")}`);
    },
  };
}
