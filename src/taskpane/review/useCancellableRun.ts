/**
 * A long workbook task with progress and a Cancel button: each run gets its own AbortController, and
 * a run that rejects after its signal was aborted counts as cancelled (the adapters then leave the
 * workbook as it was). Leaving the view aborts the run too: nothing half-done stays behind, and no
 * result could be shown anyway.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ReviewPhase } from "./excel/reviewSheet";

export interface Progress {
  done: number;
  total: number;
  phase: ReviewPhase;
}

export type OnProgress = (done: number, total: number, phase: ReviewPhase) => void;

export type RunResult<T> = { cancelled: true } | { cancelled: false; value: T };

export interface CancellableRun {
  /** Null while nothing runs. */
  progress: Progress | null;
  run<T>(task: (signal: AbortSignal, onProgress: OnProgress) => Promise<T>): Promise<RunResult<T>>;
  cancel(): void;
}

export function useCancellableRun(): CancellableRun {
  const [progress, setProgress] = useState<Progress | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async <T>(task: (signal: AbortSignal, onProgress: OnProgress) => Promise<T>): Promise<RunResult<T>> => {
    const own = new AbortController();
    controller.current = own;
    setProgress({ done: 0, total: 0, phase: "reading" });
    try {
      return { cancelled: false, value: await task(own.signal, (done, total, phase) => setProgress({ done, total, phase })) };
    } catch (error) {
      if (own.signal.aborted) return { cancelled: true };
      throw error;
    } finally {
      controller.current = null;
      setProgress(null);
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { progress, run, cancel };
}
