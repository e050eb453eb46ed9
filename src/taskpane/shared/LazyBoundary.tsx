/**
 * The pane's lazily loaded parts (the policy editor, the review and reconcile views) fetch their
 * code the first time they are shown; meanwhile this shows a spinner with a label, which screen
 * readers announce. docs/benchmarks.md, "Functions first", says why the code is split.
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense, type ComponentType, type ReactNode } from "react";
import { useStrings } from "./i18n/LocaleContext";
import { SHARED_STRINGS } from "./i18n/sharedStrings";

export function LazyBoundary({ children }: { children: ReactNode }) {
  const t = useStrings(SHARED_STRINGS);
  return <Suspense fallback={<Spinner label={t.loadingView} />}>{children}</Suspense>;
}

/** A component loaded on first render (React.lazy for a named export). */
export function lazyNamed<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => load().then((component) => ({ default: component })));
}
