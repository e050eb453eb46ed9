/**
 * Rep-month inputs for the default policy's nine metrics, generated from a seed: plausible
 * volumes around each position's baseline, money to the cent, CSAT from a survey count, manager
 * ratings in half points; each metric value is blank (null, "no data") with probability 5%.
 * Targets and positions are always present, so a blank result comes from missing data only.
 */
import type { Policy } from "../../src/engine/policy";
import { seededRandom, type Random } from "./random";

export const BLANK_SHARE = 0.05;

export interface RepMonth {
  position: string;
  /** 1..12, for the seasonal factor; none: the base value. */
  month?: number;
  /** Metric key -> the rep's value, null when blank. */
  values: Record<string, number | null>;
  /** Per-rep targets of the metrics scored against a target (revenue, net_profit). */
  targets: Record<string, number>;
}

const cents = (x: number): number => Math.round(x * 100) / 100;

function maybeBlank(random: Random, value: number): number | null {
  return random.chance(BLANK_SHARE) ? null : value;
}

export function generateRepMonths(policy: Policy, count: number, seed: number): RepMonth[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (): RepMonth => {
    const baseline = random.pick(policy.baselines);
    const volume = (key: string): number => Math.round(baseline.values[key] * random.between(0.4, 1.4));
    const revenueTarget = cents(random.between(50_000, 200_000));
    const revenue = cents(revenueTarget * random.between(0.3, 1.5));
    const surveys = random.int(10, 60);
    const rating = (): number => random.int(2, 10) / 2; // 1, 1.5, … 5
    return {
      position: baseline.position,
      month: random.int(1, 12),
      values: {
        calls: maybeBlank(random, volume("calls")),
        talk_minutes: maybeBlank(random, volume("talk_minutes")),
        customers: maybeBlank(random, volume("customers")),
        revenue: maybeBlank(random, revenue),
        net_profit: maybeBlank(random, cents(revenue * random.between(-0.05, 0.35))), // now and then a loss
        satisfaction: maybeBlank(random, (100 * random.int(Math.ceil(surveys / 2), surveys)) / surveys),
        team_building: maybeBlank(random, rating()),
        customer_service: maybeBlank(random, rating()),
        sales_skills: maybeBlank(random, rating()),
      },
      targets: { revenue: revenueTarget, net_profit: cents(revenueTarget * 0.2) },
    };
  });
}
