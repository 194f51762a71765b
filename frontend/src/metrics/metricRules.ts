// The status rule of a metric, in code and in words: which side of its thresholds is red, amber and green.

import { formatValue } from '../format';
import type { Direction, Rag } from '../gql/graphql';
import type { Metric } from './queries';

type Thresholds = Pick<Metric, 'direction' | 'amberThreshold' | 'redThreshold' | 'target' | 'unit'>;

function num(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * The status a value gets, as the server decides it. HIGHER_IS_BETTER: value <= red → RED; value < amber → AMBER;
 * else GREEN. LOWER_IS_BETTER: value >= red → RED; value > amber → AMBER; else GREEN.
 */
export function statusOf(value: number, metric: Thresholds): Rag {
  const amber = num(metric.amberThreshold);
  const red = num(metric.redThreshold);
  if (metric.direction === 'HIGHER_IS_BETTER') {
    if (red !== null && value <= red) return 'RED';
    if (amber !== null && value < amber) return 'AMBER';
    return amber === null && red === null ? 'UNKNOWN' : 'GREEN';
  }
  if (red !== null && value >= red) return 'RED';
  if (amber !== null && value > amber) return 'AMBER';
  return amber === null && red === null ? 'UNKNOWN' : 'GREEN';
}

/** "Red at or below 50 %, amber below 70 %, target 80 %". */
export function thresholdSummary(metric: Thresholds): string {
  const parts: string[] = [];
  const higher = metric.direction === 'HIGHER_IS_BETTER';
  if (num(metric.redThreshold) !== null) {
    parts.push(`Red at or ${higher ? 'below' : 'above'} ${formatValue(metric.redThreshold, metric.unit)}`);
  }
  if (num(metric.amberThreshold) !== null) {
    parts.push(`${parts.length ? 'amber' : 'Amber'} ${higher ? 'below' : 'above'} ${formatValue(metric.amberThreshold, metric.unit)}`);
  }
  if (num(metric.target) !== null) {
    parts.push(`${parts.length ? 'target' : 'Target'} ${formatValue(metric.target, metric.unit)}`);
  }
  return parts.length ? parts.join(', ') : 'No thresholds set';
}

/** Problems with the order of thresholds and target, by field, for the define and edit forms. */
export function thresholdProblems(
  direction: Direction,
  amber: number | null,
  red: number | null,
  target: number | null,
): { amberThreshold?: string; redThreshold?: string; target?: string } {
  if (amber === null || red === null || !Number.isFinite(amber) || !Number.isFinite(red)) {
    return {};
  }
  if (direction === 'HIGHER_IS_BETTER') {
    if (!(red < amber)) {
      return { redThreshold: 'When higher is better, the red threshold must be below the amber threshold.' };
    }
    if (target !== null && Number.isFinite(target) && target < amber) {
      return { target: 'When higher is better, the target must be at or above the amber threshold.' };
    }
    return {};
  }
  if (!(red > amber)) {
    return { redThreshold: 'When lower is better, the red threshold must be above the amber threshold.' };
  }
  if (target !== null && Number.isFinite(target) && target > amber) {
    return { target: 'When lower is better, the target must be at or below the amber threshold.' };
  }
  return {};
}

const ORDER: Record<Rag, number> = { RED: 3, AMBER: 2, GREEN: 1, UNKNOWN: 0 };

/** A partnership's health as the API defines it: the worst known status of its metrics, UNKNOWN when none is known. */
export function worstStatus(statuses: Rag[]): Rag {
  return statuses.reduce<Rag>((worst, s) => (ORDER[s] > ORDER[worst] ? s : worst), 'UNKNOWN');
}
