/** A number that changes whenever the workbook reports a change, so components re-read it. */
import { useEffect, useState } from "react";
import type { Workbook } from "../excel/workbook";

export function useWorkbookVersion(workbook: Workbook): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const stop = workbook.onChange(() => setVersion((v) => v + 1));
    return () => void stop();
  }, [workbook]);
  return version;
}
