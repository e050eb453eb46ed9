/**
 * A write-only stand-in for the many small objects under a chart, a conditional format or a
 * range's borders (chart.title.text, cf.cellValue.format.fill.color, borders.getItem("EdgeTop")...).
 * Every property set or method call on it, at any depth, is handed to `sink` with its path;
 * methods return a further recorder (series.getItemAt(0).format.fill.setSolidColor("red") works).
 * Reading a property returns another recorder, never a value: these objects are recorded so tests
 * and the page can inspect what the add-in asked for, not emulated.
 */
import type { RecordedOp } from "./sheet";

/** Typed `any` on purpose: it accepts whatever Excel's object model offers at that path. */
export type Recorder = any;

export function recorder(sink: (op: RecordedOp) => void, path: string[] = []): Recorder {
  return new Proxy(function recorded() {}, {
    get(_target, key) {
      // Not thenable, not JSON-serialisable, no symbol protocols.
      if (typeof key === "symbol" || key === "then" || key === "toJSON") return undefined;
      return recorder(sink, [...path, key]);
    },
    set(_target, key, value) {
      if (typeof key === "symbol") return false;
      sink({ path: [...path, key], value });
      return true;
    },
    apply(_target, _this, args: unknown[]) {
      sink({ path, args });
      const call = `${path[path.length - 1]}(${args.map((a) => JSON.stringify(a)).join(",")})`;
      return recorder(sink, [...path.slice(0, -1), call]);
    },
  });
}
