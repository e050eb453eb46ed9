/**
 * The worker that reads a call-log CSV file off the pane's thread (docs/review.md, "Importing a
 * CSV file"): one request per worker; the pane cancels by terminating it. The work is
 * callLogFileCore's, which the tests run directly.
 */
import { runFileRequest, type FileReply, type FileRequest } from "./callLogFileCore";

const scope = self as unknown as { onmessage: ((e: MessageEvent<FileRequest>) => void) | null; postMessage(reply: FileReply): void };

scope.onmessage = (e) => {
  void runFileRequest(e.data, (reply) => scope.postMessage(reply));
};
