/**
 * Offline rules for TeleScore's add-in-only manifest. Microsoft's validator is an online service
 * (`office-addin-manifest validate`), so these are the rules that break a shared-runtime Excel
 * add-in in practice: well-formed XML, the schema's required elements and their order, resids
 * that resolve, the three shared-runtime resids agreeing, https everywhere, icons that exist with
 * the right pixel size, and the custom functions' namespace, script and metadata.
 *
 * `checkManifest` is pure apart from reading icon (and, for dist/, served) files under `webRoot`.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface Problem {
  /** 1-based position in the manifest, when the problem belongs to one place. */
  line?: number;
  column?: number;
  message: string;
}

export interface CheckOptions {
  /**
   * The folder the add-in's base URL (the directory of DefaultSettings/SourceLocation) is served
   * from: the repository root for manifest.xml, dist/ for dist/manifest.xml.
   */
  webRoot: string;
  /** Also require every URL under the base to be a file in webRoot (true for a built dist/). */
  requireServedFiles?: boolean;
}

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** OfficeApp children in schema order (OfficeApp, then the TaskPaneApp extension). */
const TOP_LEVEL_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts",
  "Requirements", "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides",
];
const TOP_LEVEL_REQUIRED = [
  "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "Hosts", "DefaultSettings", "Permissions", "VersionOverrides",
];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

const UUID = /^(urn:uuid:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const CULTURE = /^([a-z]{2,3}-[a-z0-9]{3,8}(-[a-z]{2,3})?|[a-z]{2,3}(-[a-z]{2,3}(_tradnl|\.pseudo|-[a-z]{4,8})?)?)$/i;

const SHORT_MAX = 125;
const LONG_MAX = 250;
const RESID_MAX = 32;

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const RESOURCE_KINDS: ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

/** Which resource collection a resid must point into, by the element that carries it. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  LearnMoreUrl: "Urls",
  Namespace: "ShortStrings",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

interface Resource {
  kind: ResourceKind;
  element: Element;
}

class Report {
  readonly problems: Problem[] = [];

  add(message: string, at?: Element): void {
    this.problems.push(at?.lineNumber ? { line: at.lineNumber, column: at.columnNumber, message } : { message });
  }
}

/** Element children, optionally only those with a given local name in a namespace. */
function children(parent: Element, localName?: string, ns?: string): Element[] {
  return Array.from(parent.children).filter(
    (c) => (localName === undefined || c.localName === localName) && (ns === undefined || c.namespaceURI === ns),
  );
}

function child(parent: Element | undefined, localName: string, ns: string): Element | undefined {
  return parent ? children(parent, localName, ns)[0] : undefined;
}

function descendants(root: Element, localName: string, ns: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName));
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}

/** `<bt:Url id="Taskpane.Url">`, `<IconUrl>`: how a problem names the element it is about. */
function describe(el: Element): string {
  const id = el.getAttribute("id");
  return id ? `<${el.tagName} id="${id}">` : `<${el.tagName}>`;
}

/** A locale-aware setting's values: DefaultValue, then each Override's Value. */
function localeValues(el: Element, overrideNs: string): { value: string; where: string }[] {
  const values = [{ value: el.getAttribute("DefaultValue") ?? "", where: describe(el) }];
  for (const o of children(el, "Override", overrideNs)) {
    values.push({ value: o.getAttribute("Value") ?? "", where: `${describe(el)} (${o.getAttribute("Locale")} override)` });
  }
  return values;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function parse(xml: string, report: Report): Element | null {
  let failed = false;
  const onError = (level: string, message: string, context: { locator?: { lineNumber?: number; columnNumber?: number } }) => {
    failed = true;
    const line = context?.locator?.lineNumber;
    const column = context?.locator?.columnNumber;
    const problem = `XML is not well-formed: ${message.trim()}${level === "warning" ? " (warning)" : ""}`;
    report.problems.push(line ? { line, column, message: problem } : { message: problem });
  };
  try {
    const doc = new DOMParser({ onError }).parseFromString(xml, "text/xml");
    return failed ? null : doc.documentElement;
  } catch {
    // A fatal error was already reported through onError before the parser threw.
    return null;
  }
}

function checkTopLevel(root: Element, report: Report): void {
  const seen = new Set<string>();
  let furthest = -1;
  for (const el of children(root)) {
    const name = el.localName ?? "";
    // VersionOverrides is the one child from its own schema namespace.
    const ns = name === "VersionOverrides" ? NS.ov : NS.app;
    const index = el.namespaceURI === ns ? TOP_LEVEL_ORDER.indexOf(name) : -1;
    if (index < 0) {
      report.add(`unexpected element <${el.tagName}> under <OfficeApp>`, el);
      continue;
    }
    if (seen.has(name)) report.add(`<${name}> appears more than once`, el);
    if (index < furthest) {
      report.add(`<${name}> is out of schema order: it must come before <${TOP_LEVEL_ORDER[furthest]}>`, el);
    }
    furthest = Math.max(furthest, index);
    seen.add(name);
  }
  for (const name of TOP_LEVEL_REQUIRED) {
    if (!seen.has(name)) report.add(`missing required element <${name}>`);
  }

  const text = (name: string) => child(root, name, NS.app)?.textContent?.trim();
  const id = text("Id");
  if (id !== undefined && !UUID.test(id)) report.add(`<Id> "${id}" is not a GUID`, child(root, "Id", NS.app));
  const version = text("Version");
  if (version !== undefined && !VERSION.test(version)) {
    report.add(`<Version> "${version}" must be 1 to 4 dot-separated numbers (e.g. 1.0.0.0)`, child(root, "Version", NS.app));
  }
  const provider = text("ProviderName");
  if (provider !== undefined && (provider.length === 0 || provider.length > SHORT_MAX)) {
    report.add(`<ProviderName> must be 1 to ${SHORT_MAX} characters`, child(root, "ProviderName", NS.app));
  }
  const locale = text("DefaultLocale");
  if (locale !== undefined && !CULTURE.test(locale)) {
    report.add(`<DefaultLocale> "${locale}" is not a culture name such as en-US`, child(root, "DefaultLocale", NS.app));
  }
  for (const [name, max] of [["DisplayName", SHORT_MAX], ["Description", LONG_MAX]] as const) {
    const el = child(root, name, NS.app);
    if (el) checkLengths(el, NS.app, max, report);
  }
  const permissions = text("Permissions");
  if (permissions !== undefined && !PERMISSIONS.includes(permissions)) {
    report.add(`<Permissions> "${permissions}" is not one of ${PERMISSIONS.join(", ")}`, child(root, "Permissions", NS.app));
  }
  const hosts = child(root, "Hosts", NS.app);
  if (hosts && !children(hosts, "Host", NS.app).some((h) => h.getAttribute("Name") === "Workbook")) {
    report.add(`<Hosts> has no <Host Name="Workbook">: TeleScore is an Excel add-in`, hosts);
  }
  const settings = child(root, "DefaultSettings", NS.app);
  if (settings && !child(settings, "SourceLocation", NS.app)?.getAttribute("DefaultValue")) {
    report.add(`<DefaultSettings> needs <SourceLocation DefaultValue="https://…/taskpane.html">`, settings);
  }
}

function checkLengths(el: Element, overrideNs: string, max: number, report: Report): void {
  for (const { value, where } of localeValues(el, overrideNs)) {
    if (value.length === 0 || value.length > max) {
      report.add(`${where} must be 1 to ${max} characters (it has ${value.length})`, el);
    }
  }
}

function collectResources(overrides: Element, report: Report): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  const container = child(overrides, "Resources", NS.ov);
  if (!container) {
    report.add("<VersionOverrides> has no <Resources>", overrides);
    return resources;
  }
  for (const kind of RESOURCE_KINDS) {
    const collection = child(container, kind, NS.bt);
    if (!collection) continue;
    for (const el of children(collection, undefined, NS.bt)) {
      const id = el.getAttribute("id") ?? "";
      if (id.length > RESID_MAX) report.add(`resource id "${id}" is longer than ${RESID_MAX} characters`, el);
      const previous = resources.get(id);
      if (previous) {
        report.add(`duplicate resource id "${id}" (first defined in bt:${previous.kind} on line ${previous.element.lineNumber})`, el);
        continue;
      }
      resources.set(id, { kind, element: el });
      if (kind === "ShortStrings") checkLengths(el, NS.bt, SHORT_MAX, report);
      if (kind === "LongStrings") checkLengths(el, NS.bt, LONG_MAX, report);
    }
  }
  return resources;
}

function checkResids(overrides: Element, resources: Map<string, Resource>, report: Report): void {
  const resourceElements = child(overrides, "Resources", NS.ov);
  for (const el of Array.from(overrides.getElementsByTagName("*"))) {
    if (!el.hasAttribute("resid") || (resourceElements && resourceElements.contains(el))) continue;
    const resid = el.getAttribute("resid") ?? "";
    if (resid.length > RESID_MAX) report.add(`resid "${resid}" is longer than ${RESID_MAX} characters`, el);
    const target = resources.get(resid);
    if (!target) {
      report.add(`resid "${resid}" on <${el.tagName}> does not match any resource id in <Resources>`, el);
      continue;
    }
    const expected = RESID_KIND[el.localName ?? ""];
    if (expected && target.kind !== expected) {
      report.add(`resid "${resid}" on <${el.tagName}> points at a bt:${target.kind} entry; it needs one in bt:${expected}`, el);
    }
  }
}

function checkCustomFunctions(host: Element, resources: Map<string, Resource>, report: Report): Element | undefined {
  const all = child(host, "AllFormFactors", NS.ov);
  const point = all && children(all, "ExtensionPoint", NS.ov).find((p) => xsiType(p) === "CustomFunctions");
  if (!point) {
    report.add(`no <ExtensionPoint xsi:type="CustomFunctions"> under <AllFormFactors>: the TELE functions are not registered`, host);
    return undefined;
  }
  for (const part of ["Script", "Page", "Metadata"]) {
    const source = child(child(point, part, NS.ov), "SourceLocation", NS.ov);
    if (!source?.getAttribute("resid")) {
      report.add(`CustomFunctions extension point has no <${part}><SourceLocation resid="…"/></${part}>`, point);
    }
  }
  const namespace = child(point, "Namespace", NS.ov);
  const namespaceId = namespace?.getAttribute("resid");
  if (!namespaceId) {
    report.add(`CustomFunctions extension point has no <Namespace resid="…"/>: functions would have no TELE. prefix`, point);
  } else {
    const value = resources.get(namespaceId)?.element.getAttribute("DefaultValue") ?? "";
    if (resources.has(namespaceId) && !/^[A-Za-z][A-Za-z0-9.]*$/.test(value)) {
      report.add(`custom functions namespace "${value}" must start with a letter and use only letters, digits and periods`, namespace);
    }
  }
  return point;
}

/** Runtime, CustomFunctions Page, FunctionFile (and the task pane button) must load one page. */
function checkSharedRuntime(root: Element, host: Element, functions: Element | undefined, report: Report): void {
  const runtimes = child(host, "Runtimes", NS.ov);
  const runtime = child(runtimes, "Runtime", NS.ov);
  if (!runtime) {
    report.add(`no <Runtimes><Runtime resid="…" lifetime="long"/></Runtimes>: TeleScore needs the shared runtime`, host);
    return;
  }
  if (runtime.getAttribute("lifetime") !== "long") {
    report.add(`<Runtime> needs lifetime="long" for Excel custom functions to share the task pane's runtime`, runtime);
  }
  const sets = child(child(root, "Requirements", NS.app), "Sets", NS.app);
  if (!sets || !children(sets, "Set", NS.app).some((s) => s.getAttribute("Name") === "SharedRuntime")) {
    report.add(`<Runtimes> is used but <Requirements><Sets> has no <Set Name="SharedRuntime" MinVersion="1.1"/>`, runtime);
  }
  // FunctionFile is optional (only ribbon commands need it); a missing Page is reported with the
  // custom functions. Whatever is present must load the runtime's page.
  const candidates = [
    { what: "<Runtime>", el: runtime },
    { what: "CustomFunctions <Page>", el: child(child(functions, "Page", NS.ov), "SourceLocation", NS.ov) },
    { what: "<FunctionFile>", el: child(child(host, "DesktopFormFactor", NS.ov), "FunctionFile", NS.ov) },
    ...descendants(host, "Action", NS.ov)
      .filter((a) => xsiType(a) === "ShowTaskpane")
      .map((a) => ({ what: "ShowTaskpane <Action>", el: child(a, "SourceLocation", NS.ov) })),
  ];
  const present = candidates.filter((u): u is { what: string; el: Element } => u.el !== undefined);
  const resids = new Set(present.map((u) => u.el.getAttribute("resid")));
  if (resids.size > 1) {
    const list = present.map((u) => `${u.what} uses "${u.el.getAttribute("resid")}"`).join(", ");
    report.add(`shared runtime resids disagree: ${list}; all must name the same URL resource`, runtime);
  }
}

interface UrlUse {
  url: string;
  where: string;
  el: Element;
  /** Icons get their own existence and size check. */
  icon: boolean;
}

/** Every URL-valued setting in the manifest, with where it came from. */
function collectUrls(root: Element, resources: Map<string, Resource>): UrlUse[] {
  const urls: UrlUse[] = [];
  const settings = [
    { el: child(root, "IconUrl", NS.app), icon: true },
    { el: child(root, "HighResolutionIconUrl", NS.app), icon: true },
    { el: child(root, "SupportUrl", NS.app), icon: false },
    { el: child(child(root, "DefaultSettings", NS.app), "SourceLocation", NS.app), icon: false },
  ];
  for (const { el, icon } of settings) {
    if (el) for (const v of localeValues(el, NS.app)) urls.push({ url: v.value, where: v.where, el, icon });
  }
  for (const el of descendants(root, "AppDomain", NS.app)) {
    urls.push({ url: el.textContent?.trim() ?? "", where: "<AppDomain>", el, icon: false });
  }
  for (const r of resources.values()) {
    if (r.kind === "Urls" || r.kind === "Images") {
      for (const v of localeValues(r.element, NS.bt)) {
        urls.push({ url: v.value, where: v.where, el: r.element, icon: r.kind === "Images" });
      }
    }
  }
  return urls;
}

function checkHttps(urls: UrlUse[], report: Report): void {
  for (const { url, where, el } of urls) {
    let protocol: string;
    try {
      protocol = new URL(url).protocol;
    } catch {
      report.add(`${where}: "${url}" is not an absolute URL`, el);
      continue;
    }
    if (protocol !== "https:") report.add(`${where}: "${url}" must use https`, el);
  }
}

/** The URL the add-in is served from: the folder of DefaultSettings/SourceLocation. */
function baseUrl(root: Element): URL | null {
  const source = child(child(root, "DefaultSettings", NS.app), "SourceLocation", NS.app)?.getAttribute("DefaultValue");
  try {
    return source ? new URL(".", source) : null;
  } catch {
    return null;
  }
}

/** The file under webRoot that serves `url`, or null when the URL is not under the base. */
function localFile(url: string, base: URL, webRoot: string): string | null {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) return null;
  return path.join(webRoot, decodeURIComponent(target.pathname.slice(base.pathname.length)));
}

function checkIcons(overrides: Element | undefined, urls: UrlUse[], base: URL, webRoot: string, report: Report): void {
  // The size each ribbon image is used at, from <bt:Image size="16" resid="…"/> references.
  const sizes = new Map<string, number>();
  for (const ref of overrides ? descendants(overrides, "Image", NS.bt) : []) {
    const resid = ref.getAttribute("resid");
    const size = Number(ref.getAttribute("size"));
    if (!resid) continue;
    const earlier = sizes.get(resid);
    if (earlier !== undefined && earlier !== size) {
      report.add(`bt:Image "${resid}" is used at size ${earlier} and at size ${size}; use one resource per size`, ref);
    }
    sizes.set(resid, size);
  }
  /** Required pixel size of an icon use: fixed for the add-in icons, from `size` for ribbon images. */
  const expectedSize = (u: UrlUse): number | null => {
    if (u.el.localName === "IconUrl") return 32;
    if (u.el.localName === "HighResolutionIconUrl") return 64;
    return sizes.get(u.el.getAttribute("id") ?? "") ?? null;
  };
  for (const use of urls.filter((u) => u.icon)) {
    const file = localFile(use.url, base, webRoot);
    if (file === null) {
      report.add(`${use.where}: icon "${use.url}" is not served by the add-in (outside ${base.href})`, use.el);
      continue;
    }
    const shown = path.relative(webRoot, file);
    if (!existsSync(file)) {
      report.add(`${use.where}: icon file ${shown} (for ${use.url}) does not exist in ${webRoot}`, use.el);
      continue;
    }
    const actual = pngSize(readFileSync(file));
    const wanted = expectedSize(use);
    if (actual === null) {
      report.add(`${use.where}: icon file ${shown} is not a PNG`, use.el);
    } else if (wanted !== null && (actual.width !== wanted || actual.height !== wanted)) {
      report.add(`${use.where}: icon file ${shown} is ${actual.width}x${actual.height} px but must be ${wanted}x${wanted}`, use.el);
    }
  }
}

function checkServedFiles(urls: UrlUse[], base: URL, webRoot: string, report: Report): void {
  for (const { url, where, el } of urls.filter((u) => !u.icon)) {
    const file = localFile(url, base, webRoot);
    if (file !== null && !(existsSync(file) && statSync(file).isFile())) {
      report.add(`${where}: "${url}" is not served: ${path.relative(webRoot, file) || "(folder)"} is missing in ${webRoot}`, el);
    }
  }
}

/** All problems found in `xml`; an empty list means the manifest passes. */
export function checkManifest(xml: string, options: CheckOptions): Problem[] {
  const report = new Report();
  const root = parse(xml, report);
  if (!root) return report.problems;
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) {
    report.add(`root element must be <OfficeApp xmlns="${NS.app}">, found <${root.tagName}>`, root);
    return report.problems;
  }
  if (xsiType(root) !== "TaskPaneApp") {
    report.add(`<OfficeApp> must have xsi:type="TaskPaneApp" (found "${xsiType(root) ?? ""}")`, root);
  }
  checkTopLevel(root, report);

  const overrides = child(root, "VersionOverrides", NS.ov);
  const resources = overrides ? collectResources(overrides, report) : new Map<string, Resource>();
  if (overrides) {
    checkResids(overrides, resources, report);
    const host = descendants(overrides, "Host", NS.ov).find((h) => xsiType(h) === "Workbook");
    if (host) {
      const functions = checkCustomFunctions(host, resources, report);
      checkSharedRuntime(root, host, functions, report);
    } else {
      report.add(`<VersionOverrides> has no <Host xsi:type="Workbook">`, overrides);
    }
  }

  const urls = collectUrls(root, resources);
  checkHttps(urls, report);
  const base = baseUrl(root);
  if (base) {
    checkIcons(overrides, urls, base, options.webRoot, report);
    if (options.requireServedFiles) checkServedFiles(urls, base, options.webRoot, report);
  }
  return report.problems;
}

/** `manifest.xml:12:5: message`, the one-line form the CLI prints. */
export function formatProblem(file: string, problem: Problem): string {
  const at = problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ""}` : "";
  return `${file}${at}: ${problem.message}`;
}
