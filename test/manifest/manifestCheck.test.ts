import { readFileSync } from "node:fs";
import path from "node:path";
import { checkManifest, formatProblem, pngSize, type Problem } from "../../scripts/manifestCheck";
import { HAN, notTraditional } from "../support/traditional";

const repoRoot = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");
const options = { webRoot: repoRoot };

/** The real manifest with one textual edit; throws when `from` is absent so no case passes vacuously. */
function broken(from: string | RegExp, to: string): string {
  const edited = manifest.replace(from, to);
  if (edited === manifest) throw new Error(`edit did not apply: ${String(from)}`);
  return edited;
}

const messages = (problems: Problem[]) => problems.map((p) => p.message);

describe("checkManifest on the real manifest", () => {
  it("passes every offline rule", () => {
    expect(checkManifest(manifest, options)).toEqual([]);
  });

  it("with requireServedFiles, lists each served URL that has no built file (the repo root has no build)", () => {
    // Served URLs in manifest.xml other than icons: SupportUrl, DefaultSettings SourceLocation,
    // and the bt:Urls Taskpane.Url, Functions.Script.Url, Functions.Metadata.Url (+ its zh-CN,
    // zh-TW and zh-HK overrides) and Help.Url: 9 uses, none of which exists at the repository root.
    const missing = messages(checkManifest(manifest, { webRoot: repoRoot, requireServedFiles: true }));
    expect(missing).toHaveLength(9);
    for (const file of ["taskpane.html", "functions.js", "functions.json", "functions.zh-CN.json", "functions.zh-TW.json", "help/functions.html"]) {
      expect(missing.some((m) => m.includes(`${file} is missing`))).toBe(true);
    }
  });
});

describe("the manifest's Traditional Chinese", () => {
  /** Each localized setting's overrides, by locale: the parent's id (or element name) -> locale -> value. */
  function overrides(): Map<string, Map<string, string>> {
    const found = new Map<string, Map<string, string>>();
    const parent = /<((?:bt:)?\w+) (?:id="([^"]+)" )?DefaultValue="[^"]*">((?:\s*<(?:bt:)?Override [^>]*\/>)+)/g;
    for (const m of manifest.matchAll(parent)) {
      const byLocale = new Map([...m[3].matchAll(/Locale="([^"]+)" Value="([^"]*)"/g)].map((o) => [o[1], o[2]] as [string, string]));
      found.set(m[2] ?? m[1], byLocale);
    }
    return found;
  }

  it("gives every setting localized for zh-CN a zh-TW and a zh-HK override, in Traditional Chinese", () => {
    const settings = overrides();
    expect(settings.size).toBe(8);
    for (const [setting, byLocale] of settings) {
      expect({ setting, locales: [...byLocale.keys()].sort() }).toEqual({ setting, locales: ["zh-CN", "zh-HK", "zh-TW"] });
      expect(byLocale.get("zh-HK")).toBe(byLocale.get("zh-TW"));
      const hant = byLocale.get("zh-TW")!;
      if (HAN.test(byLocale.get("zh-CN")!)) expect({ setting, differs: hant !== byLocale.get("zh-CN") }).toEqual({ setting, differs: true });
      expect(notTraditional([hant])).toEqual([]);
    }
  });

  it("serves the Traditional functions metadata to Office in zh-TW and zh-HK", () => {
    const metadata = overrides().get("Functions.Metadata.Url")!;
    expect(metadata.get("zh-TW")).toBe("https://localhost:3000/functions.zh-TW.json");
    expect(metadata.get("zh-HK")).toBe("https://localhost:3000/functions.zh-TW.json");
  });
});

describe("checkManifest on broken manifests", () => {
  it("reports an unclosed tag as not well-formed, with a position", () => {
    const problems = checkManifest(broken("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteDocument"), options);
    expect(problems.length).toBeGreaterThan(0);
    // xmldom notices at </OfficeApp> that <Permissions> was never closed, and names it.
    expect(problems[0].message).toMatch(/^XML is not well-formed: .*"Permissions"/);
    expect(problems[0].line).toBeGreaterThan(0);
  });

  it("reports a missing <Id>", () => {
    const problems = checkManifest(broken(/\s*<Id>[^<]*<\/Id>/, ""), options);
    expect(messages(problems)).toEqual(["missing required element <Id>"]);
  });

  it("reports an <Id> that is not a GUID", () => {
    const problems = checkManifest(broken(/<Id>[^<]*<\/Id>/, "<Id>telescore</Id>"), options);
    expect(messages(problems)).toEqual(['<Id> "telescore" is not a GUID']);
  });

  it("reports a dangling resid with its line", () => {
    const xml = broken('<Label resid="Group.Label"/>', '<Label resid="Group.Labl"/>');
    const problems = checkManifest(xml, options);
    expect(messages(problems)).toEqual(['resid "Group.Labl" on <Label> does not match any resource id in <Resources>']);
    const line = xml.split("\n").findIndex((l) => l.includes('"Group.Labl"')) + 1;
    expect(problems[0].line).toBe(line);
  });

  it("reports a resid that points into the wrong resource collection", () => {
    const problems = checkManifest(broken('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'), options);
    expect(messages(problems)).toEqual([
      'resid "Taskpane.Url" on <Label> points at a bt:Urls entry; it needs one in bt:ShortStrings',
    ]);
  });

  it("reports a CustomFunctions page that is not the shared runtime's page", () => {
    const problems = checkManifest(
      broken(/(<Page>\s*<SourceLocation resid=")Taskpane\.Url/, "$1Help.Url"),
      options,
    );
    expect(messages(problems)).toEqual([
      'shared runtime resids disagree: <Runtime> uses "Taskpane.Url", CustomFunctions <Page> uses "Help.Url", ' +
        '<FunctionFile> uses "Taskpane.Url", ShowTaskpane <Action> uses "Taskpane.Url"; all must name the same URL resource',
    ]);
  });

  it("reports a runtime without lifetime long", () => {
    const problems = checkManifest(broken('lifetime="long"', 'lifetime="short"'), options);
    expect(messages(problems)).toEqual([
      `<Runtime> needs lifetime="long" for Excel custom functions to share the task pane's runtime`,
    ]);
  });

  it("reports <Runtimes> without the SharedRuntime requirement", () => {
    const problems = checkManifest(broken(/\s*<Set Name="SharedRuntime" MinVersion="1.1"\/>/, ""), options);
    expect(messages(problems)).toEqual([
      '<Runtimes> is used but <Requirements><Sets> has no <Set Name="SharedRuntime" MinVersion="1.1"/>',
    ]);
  });

  it("reports an http URL", () => {
    const problems = checkManifest(broken('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"'), options);
    expect(messages(problems)).toEqual(['<bt:Url id="Functions.Script.Url">: "http://localhost:3000/functions.js" must use https']);
  });

  it("reports an http URL in a locale override", () => {
    const problems = checkManifest(broken('Value="https://localhost:3000/functions.zh-CN.json"', 'Value="http://localhost:3000/functions.zh-CN.json"'), options);
    expect(messages(problems)).toEqual([
      '<bt:Url id="Functions.Metadata.Url"> (zh-CN override): "http://localhost:3000/functions.zh-CN.json" must use https',
    ]);
  });

  it("reports a missing icon file", () => {
    const problems = checkManifest(broken('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-99.png"'), options);
    expect(messages(problems)).toEqual([
      `<bt:Image id="Icon.80x80">: icon file ${path.join("assets", "icon-99.png")} (for https://localhost:3000/assets/icon-99.png) does not exist in ${repoRoot}`,
    ]);
  });

  it("reports an icon of the wrong pixel size", () => {
    const problems = checkManifest(broken('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"/>'), options);
    expect(messages(problems)).toEqual([
      `<IconUrl>: icon file ${path.join("assets", "icon-16.png")} is 16x16 px but must be 32x32`,
    ]);
  });

  it("reports a missing custom functions namespace", () => {
    const problems = checkManifest(broken(/\s*<Namespace resid="Functions.Namespace"\/>/, ""), options);
    expect(messages(problems)).toEqual([
      'CustomFunctions extension point has no <Namespace resid="…"/>: functions would have no TELE. prefix',
    ]);
  });

  it("reports a missing custom functions metadata location", () => {
    const problems = checkManifest(broken(/\s*<Metadata>\s*<SourceLocation resid="Functions.Metadata.Url"\/>\s*<\/Metadata>/, ""), options);
    expect(messages(problems)).toEqual([
      'CustomFunctions extension point has no <Metadata><SourceLocation resid="…"/></Metadata>',
    ]);
  });

  it("reports a duplicate resource id", () => {
    const problems = checkManifest(
      broken("<bt:Urls>", '<bt:Urls>\n        <bt:Url id="Help.Url" DefaultValue="https://localhost:3000/other.html"/>'),
      options,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^duplicate resource id "Help\.Url" \(first defined in bt:Urls on line \d+\)$/);
  });

  it("reports a resid longer than 32 characters on both the resource and its use", () => {
    const long = "TeleScore.Group.Label.TooLong.Id1"; // 33 characters
    const problems = checkManifest(broken(/Group\.Label/g, long), options);
    expect(messages(problems)).toEqual([
      `resource id "${long}" is longer than 32 characters`,
      `resid "${long}" is longer than 32 characters`,
    ]);
  });

  it("reports a ShortString over 125 characters", () => {
    const problems = checkManifest(broken('id="Group.Label" DefaultValue="TeleScore"', `id="Group.Label" DefaultValue="${"x".repeat(126)}"`), options);
    expect(messages(problems)).toEqual(['<bt:String id="Group.Label"> must be 1 to 125 characters (it has 126)']);
  });

  it("reports a Permissions value outside the allowed set", () => {
    const problems = checkManifest(broken("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>"), options);
    expect(messages(problems)).toEqual([
      '<Permissions> "Everything" is not one of Restricted, ReadDocument, ReadAllDocument, WriteDocument, ReadWriteDocument',
    ]);
  });

  it("reports top-level elements out of schema order", () => {
    const xml = broken(/(\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>)(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, "$2$1");
    expect(messages(checkManifest(xml, options))).toEqual([
      "<DefaultSettings> is out of schema order: it must come before <Permissions>",
    ]);
  });

  it("reports a manifest that is not a task pane add-in", () => {
    const problems = checkManifest(broken('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'), options);
    expect(messages(problems)).toEqual(['<OfficeApp> must have xsi:type="TaskPaneApp" (found "ContentApp")']);
  });
});

describe("formatProblem", () => {
  it("prefixes file, line and column when known", () => {
    expect(formatProblem("manifest.xml", { line: 12, column: 5, message: "m" })).toBe("manifest.xml:12:5: m");
    expect(formatProblem("manifest.xml", { message: "m" })).toBe("manifest.xml: m");
  });
});

describe("pngSize", () => {
  it("reads width and height from the IHDR chunk", () => {
    // Signature, IHDR length 13, "IHDR", width 0x00000102 = 258, height 0x00000003 = 3.
    const header = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
      0, 0, 1, 2, 0, 0, 0, 3,
    ]);
    expect(pngSize(header)).toEqual({ width: 258, height: 3 });
  });

  it("returns null for bytes that are not a PNG", () => {
    expect(pngSize(new TextEncoder().encode("GIF89a and more bytes than 24"))).toBeNull();
  });

  it("sees the committed icons at their nominal sizes", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(readFileSync(path.join(repoRoot, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });
});
