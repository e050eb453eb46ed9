/**
 * The editor's changes to a draft policy, as pure functions returning a new policy. Untouched
 * parts keep their identity, so memoised editor sections skip re-rendering. A draft may hold NaN
 * where an input does not hold a number; validatePolicy reports it.
 */
import type { Baseline, Dimension, GradeBand, Metric, Policy } from "../../../engine/policy";
import type { Locale, PolicyLabel } from "../../../engine/locale";

const MONTHS = 12;

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((x, i) => (i === index ? item : x));
}

function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

function updateDimension(policy: Policy, di: number, change: (d: Dimension) => Dimension): Policy {
  return { ...policy, dimensions: replaceAt(policy.dimensions, di, change(policy.dimensions[di]!)) };
}

function updateBaseline(policy: Policy, bi: number, change: (b: Baseline) => Baseline): Policy {
  return { ...policy, baselines: replaceAt(policy.baselines, bi, change(policy.baselines[bi]!)) };
}

export function setDimensionWeight(policy: Policy, di: number, weight: number): Policy {
  return updateDimension(policy, di, (d) => ({ ...d, weight }));
}

/** Sets some of a metric's fields; a `target` of undefined removes the target. */
export function updateMetric(policy: Policy, di: number, mi: number, patch: Partial<Omit<Metric, "key">>): Policy {
  return updateDimension(policy, di, (d) => {
    const metric: Metric = { ...d.metrics[mi]!, ...patch };
    if (metric.target === undefined) delete metric.target;
    return { ...d, metrics: replaceAt(d.metrics, mi, metric) };
  });
}

export function addMetric(policy: Policy, di: number, metric: Metric): Policy {
  return updateDimension(policy, di, (d) => ({ ...d, metrics: [...d.metrics, metric] }));
}

/** Removes a metric and the positions' baselines for it, which would otherwise name a metric that is gone. */
export function removeMetric(policy: Policy, di: number, mi: number): Policy {
  const key = policy.dimensions[di]!.metrics[mi]!.key;
  const without = updateDimension(policy, di, (d) => ({ ...d, metrics: removeAt(d.metrics, mi) }));
  return {
    ...without,
    baselines: without.baselines.map((b) => {
      if (!(key in b.values)) return b;
      const values = { ...b.values };
      delete values[key];
      return { ...b, values };
    }),
  };
}

/** A new position with no baselines yet and no seasonal change. */
export function addPosition(policy: Policy, position: string): Policy {
  const baseline: Baseline = { position, values: {}, seasonal: Array.from({ length: MONTHS }, () => 1) };
  return { ...policy, baselines: [...policy.baselines, baseline] };
}

/** A label that spelled the old name follows the new one: the default's English names are its names, and a rename must not leave them behind. */
function followName(label: PolicyLabel | undefined, from: string, to: string): { label?: PolicyLabel } {
  return label ? { label: Object.fromEntries(Object.entries(label).map(([lang, name]) => [lang, name === from ? to : name])) as PolicyLabel } : {};
}

export function renamePosition(policy: Policy, bi: number, position: string): Policy {
  return updateBaseline(policy, bi, (b) => ({ ...b, position, ...followName(b.label, b.position, position) }));
}

export function renamePolicy(policy: Policy, name: string): Policy {
  return { ...policy, name, ...followName(policy.label, policy.name, name) };
}

/** A name in one language for a position or the policy; blank in every language, the label goes (the name is shown). */
export function withLabel<T extends { label?: PolicyLabel }>(item: T, lang: Locale, name: string): T {
  const label: PolicyLabel = { ...(item.label ?? { en: "", zh: "" }), [lang]: name };
  // The Traditional name is optional: a blank one is none (docs/policy.md, "Languages").
  if (!label["zh-Hant"]?.trim()) delete label["zh-Hant"];
  const { label: _old, ...rest } = item;
  return Object.values(label).every((n) => n.trim() === "") ? (rest as T) : { ...item, label };
}

export function setPositionLabel(policy: Policy, bi: number, lang: Locale, name: string): Policy {
  return updateBaseline(policy, bi, (b) => withLabel(b, lang, name));
}

export function removePosition(policy: Policy, bi: number): Policy {
  return { ...policy, baselines: removeAt(policy.baselines, bi) };
}

/** Sets a position's baseline for a metric; undefined (an emptied cell) removes it. */
export function setBaselineValue(policy: Policy, bi: number, key: string, value: number | undefined): Policy {
  return updateBaseline(policy, bi, (b) => {
    const values = { ...b.values };
    if (value === undefined) delete values[key];
    else values[key] = value;
    return { ...b, values };
  });
}

export function setSeasonalFactor(policy: Policy, bi: number, month: number, factor: number): Policy {
  return updateBaseline(policy, bi, (b) => ({ ...b, seasonal: replaceAt(b.seasonal, month, factor) }));
}

export function updateBand(policy: Policy, index: number, patch: Partial<GradeBand>): Policy {
  return { ...policy, bands: replaceAt(policy.bands, index, { ...policy.bands[index]!, ...patch }) };
}

/** A new lowest band, 10 under the last one (or 60 for the first), with a grade still to type. */
export function addBand(policy: Policy): Policy {
  const last = policy.bands[policy.bands.length - 1];
  return { ...policy, bands: [...policy.bands, { grade: "", min: last ? last.min - 10 : 60 }] };
}

export function removeBand(policy: Policy, index: number): Policy {
  return { ...policy, bands: removeAt(policy.bands, index) };
}
