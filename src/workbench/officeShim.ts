/**
 * The slice of the `Office` global that office.js gives an add-in running in Excel on the web,
 * for the workbench page (which loads no office.js): `onReady` resolving with the host and
 * platform (https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1)),
 * `context.displayLanguage` (https://learn.microsoft.com/javascript/api/office/office.context#office-office-context-displaylanguage-member)
 * and `context.requirements.isSetSupported(name, minVersion?)`
 * (https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport).
 */

/**
 * The requirement sets the add-in declares (manifest.xml) and the newest ExcelApi the emulated host
 * covers (Table.resize is ExcelApi 1.13, see @types/office-js).
 */
const SUPPORTED_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.13",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.3",
};

export interface OfficeInfo {
  host: "Excel";
  platform: "OfficeOnline";
}

export interface OfficeShim {
  onReady(callback?: (info: OfficeInfo) => void): Promise<OfficeInfo>;
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  HostType: { Excel: "Excel" };
  PlatformType: { OfficeOnline: "OfficeOnline" };
}

/** "1.10" > "1.9": versions compare part by part, as numbers. */
export function atLeast(available: string, wanted: string): boolean {
  const [a, b] = [available, wanted].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i] ?? 0, b[i] ?? 0];
    if (x !== y) return x > y;
  }
  return true;
}

export function createOfficeShim(displayLanguage: string): OfficeShim {
  const info: OfficeInfo = { host: "Excel", platform: "OfficeOnline" };
  return {
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage,
      requirements: {
        isSetSupported(name, minVersion) {
          const available = SUPPORTED_SETS[name];
          // A number version reads as office.js reads it: 1.1 is "1.1".
          return available !== undefined && (minVersion === undefined || atLeast(available, String(minVersion)));
        },
      },
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
  };
}
