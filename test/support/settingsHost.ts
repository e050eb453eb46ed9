/**
 * The workbench's emulated Excel host (src/workbench/excel) as the policy storage tests look at it:
 * the add-in settings as the workbook holds them (decoded: the text TeleScore stored), what Excel
 * carried out in order ("write <key>", "calculate <type>", "sync" for a round trip that sent
 * something), and a co-author's change. The host does the work; this only watches it.
 *
 * `installExcelHost(initial)` makes it the global `Excel` (undone by uninstallExcel).
 */
import { createExcelHost } from "../../src/workbench/excel/host";
import type { RequestContext } from "../../src/workbench/excel/requestContext";
import { Workbook } from "../../src/workbench/excel/workbook";

/** The settings as the workbook holds them, each decoded from the JSON Excel keeps. */
class SettingsView implements Iterable<[string, unknown]> {
  constructor(private readonly workbook: Workbook) {}

  get size(): number {
    return this.workbook.settings.size;
  }

  get(key: string): unknown {
    const json = this.workbook.settings.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }

  has(key: string): boolean {
    return this.workbook.settings.has(key);
  }

  /** Writes a setting behind the add-in's back (no event), as a file edited elsewhere would hold it. */
  set(key: string, value: unknown): void {
    this.workbook.settings.set(key, JSON.stringify(value));
  }

  *[Symbol.iterator](): Iterator<[string, unknown]> {
    for (const key of this.workbook.settings.keys()) yield [key, this.get(key)];
  }
}

export interface ExcelHost {
  readonly workbook: Workbook;
  readonly settings: SettingsView;
  /** What Excel carried out, in order: "write <key>", "calculate <type>", "sync". */
  readonly log: string[];
  /** Called when Excel carries out a calculation, with the calculation type. */
  onCalculate: (type: string) => void;
  /** Round trips that sent something. */
  syncCount(): number;
  /** A co-author (or another pane) saves a setting (Workbook.receiveSettings): onSettingsChanged fires; resolves once its handlers have run. */
  changeFromOutside(key: string, value: unknown): Promise<void>;
}

let uninstall: (() => void) | undefined;

/** Removes the global `Excel`, as outside Office. */
export function uninstallExcel(): void {
  uninstall?.();
  uninstall = undefined;
  delete (globalThis as { Excel?: unknown }).Excel;
}

/** Lets every queued task run: the handlers Excel calls after a sync, and the syncs they make. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** A workbook holding `initial` settings, its host installed as the global Excel. */
export function installExcelHost(initial: Record<string, unknown> = {}): ExcelHost {
  uninstallExcel();
  const workbook = new Workbook();
  for (const [key, value] of Object.entries(initial)) workbook.settings.set(key, JSON.stringify(value));
  const host = createExcelHost(workbook);
  const log: string[] = [];
  const watched: ExcelHost = {
    workbook,
    settings: new SettingsView(workbook),
    log,
    onCalculate: () => undefined,
    syncCount: () => host.syncCount,
    changeFromOutside: async (key, value) => {
      fromOutside = true;
      workbook.receiveSettings({ [key]: value });
      fromOutside = false;
      workbook.endBatch();
      await settle();
    },
  };
  // The log is of what this add-in had Excel do; a co-author's save is not in it.
  let fromOutside = false;
  const setSetting = workbook.setSetting.bind(workbook);
  workbook.setSetting = (key, value) => {
    setSetting(key, value);
    if (!fromOutside) log.push(`write ${key}`);
  };
  const calculate = workbook.calculate.bind(workbook);
  workbook.calculate = (type) => {
    log.push(`calculate ${type}`);
    watched.onCalculate(type);
    calculate(type);
  };
  // A round trip is logged when the host counted one: a sync that sent nothing is no round trip.
  type Batch = (context: RequestContext) => Promise<unknown>;
  const run = host.Excel.run.bind(host.Excel) as (batch: Batch) => Promise<unknown>;
  (host.Excel as { run: unknown }).run = (batch: Batch) =>
    run((context) => {
      const sync = context.sync.bind(context);
      context.sync = async () => {
        const before = host.syncCount;
        await sync();
        if (host.syncCount > before) log.push("sync");
      };
      return batch(context);
    });
  uninstall = host.install();
  return watched;
}
