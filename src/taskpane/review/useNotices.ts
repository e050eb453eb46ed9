/**
 * A part of the view's two kinds of message: a status (read politely by screen readers) and an
 * error (an alert). Saying one clears the other, so the pane never shows a stale error beside a
 * newer success or the other way round.
 */
import { useCallback, useMemo, useState } from "react";

export interface Notices {
  status: string;
  error: string;
  say(status: string): void;
  fail(error: string): void;
}

export function useNotices(): Notices {
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const say = useCallback((text: string) => {
    setError("");
    setStatus(text);
  }, []);
  const fail = useCallback((text: string) => {
    setStatus("");
    setError(text);
  }, []);
  return useMemo(() => ({ status, error, say, fail }), [status, error, say, fail]);
}
