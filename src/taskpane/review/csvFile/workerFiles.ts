/**
 * Runs a call-log file request in a Web Worker (webpack 5 bundles the worker from this URL, served
 * from the add-in's own origin: the CSP's worker-src 'self'). Cancel terminates the worker at once,
 * wherever it is in the file. Loaded on demand (import()), so the pane's first load does not carry it.
 */
import { settleReplies, type FileReply, type RunFile } from "./callLogFileCore";

export const runInWorker: RunFile = (request, onProgress, signal) =>
  new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const worker = new Worker(new URL("./callLogFile.worker.ts", import.meta.url));
    const stop = () => {
      worker.terminate();
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", stop, { once: true });
    const done = () => {
      worker.terminate();
      signal?.removeEventListener("abort", stop);
    };
    const settle = settleReplies(
      onProgress,
      (result) => {
        done();
        resolve(result);
      },
      (error) => {
        done();
        reject(error);
      },
    );
    worker.onmessage = (e: MessageEvent<FileReply>) => settle(e.data);
    worker.onerror = (e) => {
      done();
      reject(new Error(e.message));
    };
    worker.postMessage(request);
  });
