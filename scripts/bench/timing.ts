/**
 * Warm-up, then timed repetitions: the median says what a run typically costs, the minimum what it
 * costs with the least interference (GC, the other core's work). The warm-up lets V8 optimise the
 * code before anything is timed.
 */
import { performance } from "node:perf_hooks";

export interface Timing {
  medianMs: number;
  minMs: number;
  /**
   * Median CPU time of the process during a run (user + system): what the run costs one core,
   * whatever else shares the machine. On a busy machine the wall time also counts the waits for a
   * core; GC threads working beside the main one add to it, so it is an upper bound of the main thread's.
   */
  cpuMedianMs: number;
  repetitions: number;
}

export interface Plan {
  warmup: number;
  repetitions: number;
}

/** What one measurement runs: `prepare`, when given, runs before every run (warm-ups too) and is not timed. */
export interface Subject<T> {
  run: () => T;
  prepare?: () => void;
}

/** Times `run`; returns the timing and the last run's result, which callers check (so none is wasted work). */
export function measure<T>(run: () => T, plan: Plan): { timing: Timing; result: T } {
  return measureAlternating([{ run }], plan)[0];
}

/**
 * Times several subjects in turns (A, B, A, B, …) rather than one after the other, so that a
 * change in the machine's load during the bench weighs on all of them alike and their ratio holds.
 */
export function measureAlternating<T>(subjects: Subject<T>[], plan: Plan): { timing: Timing; result: T }[] {
  if (!(plan.repetitions >= 1)) throw new Error(`a measurement needs at least 1 repetition (got ${plan.repetitions})`);
  const times = subjects.map((): number[] => []);
  const cpuTimes = subjects.map((): number[] => []);
  const results: T[] = [];
  for (let i = 0; i < plan.warmup + plan.repetitions; i++) {
    subjects.forEach((subject, s) => {
      subject.prepare?.();
      const cpu = process.cpuUsage();
      const start = performance.now();
      results[s] = subject.run();
      const wall = performance.now() - start;
      const used = process.cpuUsage(cpu);
      if (i >= plan.warmup) {
        times[s].push(wall);
        cpuTimes[s].push((used.user + used.system) / 1000);
      }
    });
  }
  return subjects.map((_, s) => ({ timing: summary(times[s], cpuTimes[s]), result: results[s] }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function summary(times: number[], cpuTimes: number[]): Timing {
  return { medianMs: median(times), minMs: Math.min(...times), cpuMedianMs: median(cpuTimes), repetitions: times.length };
}

/** Items per second at the median time. */
export function perSecond(items: number, timing: Timing): number {
  return items / (timing.medianMs / 1000);
}

/** Items per second of one core's CPU time (the median). */
export function perCpuSecond(items: number, timing: Timing): number {
  return items / (timing.cpuMedianMs / 1000);
}
