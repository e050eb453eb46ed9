/** The machine a bench ran on, printed with its figures: timings mean nothing without it. */
import os from "node:os";
import { HyperFormula } from "hyperformula";

export function machineInfo(): [string, string][] {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((c) => c.model.trim()))].join(", ");
  return [
    ["date", new Date().toISOString()],
    ["CPU", `${models || "unknown"}${cpus[0]?.speed ? ` (${cpus[0].speed} MHz reported)` : ""}`],
    ["cores", `${cpus.length} logical (${os.availableParallelism()} available)`],
    ["memory", `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ["OS", `${os.type()} ${os.release()} ${os.arch()}`],
    ["Node.js", `${process.version} (V8 ${process.versions.v8})`],
    ["HyperFormula", HyperFormula.version],
    ["load average at start", loadAverage()],
  ];
}

/** The 1-, 5- and 15-minute load averages: above the core count, other work competed for the CPU and the timings are inflated. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
}
