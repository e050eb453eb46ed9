/**
 * The slice of Excel that the policy storage talks to — workbook settings, their changed event and
 * application.calculate — built from office-addin-mock's OfficeMockObject. It is the host, not the
 * code under test. Like Excel it queues commands and carries them out at context.sync(): a setting's
 * value reads as office-addin-mock's "not loaded" / "not synced" text until load + sync, isNullObject
 * throws before a sync, writes land and a calculation runs only at a sync, and a batch that ends with
 * commands never synced fails. A setting's value is taken when the code asks for the item.
 *
 * `install()` makes it the global `Excel`; each Excel.run gets a fresh request context.
 */
import { OfficeMockObject } from "office-addin-mock";

type Handler = (args: unknown) => Promise<unknown>;

export interface ExcelHost {
  /** The add-in's settings as the workbook holds them (what a saved .xlsx carries). */
  readonly settings: Map<string, unknown>;
  /** What Excel carried out, in order: "write <key>", "calculate <type>", "sync". */
  readonly log: string[];
  /** Called when Excel carries out a calculation, with the calculation type. */
  onCalculate: (type: string) => void;
  syncCount(): number;
  /** Makes this host the global `Excel`. */
  install(): void;
  /** A co-author (or another pane) changes a setting: stores it and raises onSettingsChanged. */
  changeFromOutside(key: string, value: unknown): Promise<void>;
}

export function createExcelHost(initial: Record<string, unknown> = {}): ExcelHost {
  const settings = new Map<string, unknown>(Object.entries(initial));
  const log: string[] = [];
  const handlers: Handler[] = [];
  let syncs = 0;

  function newContext(): { context: OfficeMockObject; pending: () => number } {
    const queue: (() => void)[] = [];
    const items: OfficeMockObject[] = [];
    const itemSynced: (() => void)[] = [];

    const getItemOrNullObject = (key: string): OfficeMockObject => {
      const present = settings.has(key);
      const item = new OfficeMockObject({ key, value: present ? settings.get(key) : undefined });
      let synced = false;
      Object.defineProperty(item, "isNullObject", {
        get() {
          if (!synced) throw new Error(`isNullObject of setting "${key}" read before context.sync()`);
          return !present;
        },
      });
      items.push(item);
      itemSynced.push(() => (synced = true));
      return item;
    };

    const context = new OfficeMockObject({
      workbook: {
        settings: {
          getItemOrNullObject,
          add: (key: string, value: unknown) => {
            queue.push(() => {
              settings.set(key, value);
              log.push(`write ${key}`);
            });
          },
          onSettingsChanged: {
            add: (handler: Handler) => {
              queue.push(() => handlers.push(handler));
            },
          },
        },
        application: {
          calculate: (type: string) => {
            queue.push(() => {
              log.push(`calculate ${type}`);
              host.onCalculate(type);
            });
          },
        },
      },
      sync: async () => {
        for (const command of queue.splice(0)) command();
        for (const item of items.splice(0)) await item.sync();
        for (const mark of itemSynced.splice(0)) mark();
        syncs++;
        log.push("sync");
      },
    });
    return { context, pending: () => queue.length };
  }

  const excel = {
    CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
    async run<T>(batch: (context: unknown) => Promise<T>): Promise<T> {
      const { context, pending } = newContext();
      const result = await batch(context);
      if (pending() > 0) throw new Error(`Excel.run ended with ${pending()} command(s) never sent by context.sync()`);
      return result;
    },
  };

  const host: ExcelHost = {
    settings,
    log,
    onCalculate: () => undefined,
    syncCount: () => syncs,
    install: () => {
      (globalThis as { Excel?: unknown }).Excel = excel;
    },
    changeFromOutside: async (key, value) => {
      settings.set(key, value);
      await Promise.all(handlers.map((handler) => handler({ type: "SettingsChanged" })));
    },
  };
  return host;
}

/** Removes the global `Excel`, as outside Office. */
export function uninstallExcel(): void {
  delete (globalThis as { Excel?: unknown }).Excel;
}

/** A host holding `initial` settings, installed as the global Excel (undone by uninstallExcel). */
export function installExcelHost(initial: Record<string, unknown> = {}): ExcelHost {
  const h = createExcelHost(initial);
  h.install();
  return h;
}
