/**
 * The Explain view's state: what is selected, explained. It reads the selection when the view
 * opens, after each (batched) selection change and on request; a read that a newer one overtook
 * is dropped, so the view never shows an older cell after a newer one.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Policy } from "../../engine/policy";
import { errorMessage } from "../../engine/errors";
import type { ExplainWorkbook } from "./excel/explainWorkbook";
import type { Explained } from "./explainSelection";

/**
 * The explainer calls the TELE functions themselves, so it loads with them, on first use: the
 * functions module registers itself with Excel's custom functions runtime when it is evaluated,
 * which a page must have set up first (the workbench installs its stand-in before that).
 */
const explainer = () => import("./explainSelection");

export type ExplainState =
  | { status: "reading"; last: Explained | null }
  | { status: "done"; explained: Explained }
  | { status: "failed"; message: string };

export function useExplain(workbook: ExplainWorkbook, policy: Policy): { state: ExplainState; refresh: () => Promise<void>; following: boolean } {
  const [state, setState] = useState<ExplainState>({ status: "reading", last: null });
  const [following, setFollowing] = useState(false);
  const latest = useRef(0);
  const policyRef = useRef(policy);
  policyRef.current = policy;

  const refresh = useCallback(async () => {
    const n = ++latest.current;
    setState((s) => ({ status: "reading", last: s.status === "done" ? s.explained : s.status === "reading" ? s.last : null }));
    try {
      const [selection, { explainSelection }] = await Promise.all([workbook.read(), explainer()]);
      if (n !== latest.current) return;
      setState({ status: "done", explained: explainSelection(selection, policyRef.current) });
    } catch (e) {
      if (n === latest.current) setState({ status: "failed", message: errorMessage(e) });
    }
  }, [workbook]);

  useEffect(() => {
    let live = true;
    let stop: (() => Promise<void>) | undefined;
    workbook
      .watch(() => void refresh())
      .then((s) => {
        if (live) {
          stop = s;
          setFollowing(true);
        } else void s();
      })
      .catch(() => live && setFollowing(false));
    return () => {
      live = false;
      void stop?.();
    };
  }, [workbook, refresh]);

  // On opening, and when a saved policy changes every score: explain the selected cell (again).
  useEffect(() => {
    void refresh();
  }, [policy, refresh]);

  return { state, refresh, following };
}
