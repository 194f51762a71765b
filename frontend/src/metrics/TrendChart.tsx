// A metric's trend as a small SVG line chart: readings oldest → newest over time, drawn over the green / amber / red
// bands its thresholds make (which side is red follows `direction`), with the threshold and target lines labelled.
import { useId } from 'react';
import { formatDateTime, formatValue } from '../format';
import type { Rag } from '../gql/graphql';
import { ragLabel } from '../labels';
import { thresholdSummary } from './metricRules';
import type { Metric, MetricReading } from './queries';

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 36, right: 10, top: 10, bottom: 22 };

interface Band {
  status: Exclude<Rag, 'UNKNOWN'>;
  from: number;
  to: number;
}

function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** The value range to draw: every reading, threshold and the target, with a little room above and below. */
function domain(values: number[]): [number, number] {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    const room = Math.abs(low) * 0.1 || 1;
    return [low - room, high + room];
  }
  const room = (high - low) * 0.12;
  low -= room;
  high += room;
  return [low, high];
}

/** The bands from the bottom of the chart to the top, for the metric's direction. */
function bands(metric: Metric, low: number, high: number): Band[] {
  const amber = toNumber(metric.amberThreshold);
  const red = toNumber(metric.redThreshold);
  if (amber === null && red === null) return [];
  const clamp = (v: number) => Math.min(high, Math.max(low, v));
  if (metric.direction === 'HIGHER_IS_BETTER') {
    // value <= red: RED; value < amber: AMBER; otherwise GREEN.
    const redTop = red ?? amber!;
    const amberTop = amber ?? redTop;
    return [
      { status: 'RED' as const, from: low, to: clamp(redTop) },
      { status: 'AMBER' as const, from: clamp(redTop), to: clamp(amberTop) },
      { status: 'GREEN' as const, from: clamp(amberTop), to: high },
    ].filter((b) => b.to > b.from);
  }
  // LOWER_IS_BETTER: value >= red: RED; value > amber: AMBER; otherwise GREEN.
  const redBottom = red ?? amber!;
  const amberBottom = amber ?? redBottom;
  return [
    { status: 'GREEN' as const, from: low, to: clamp(amberBottom) },
    { status: 'AMBER' as const, from: clamp(amberBottom), to: clamp(redBottom) },
    { status: 'RED' as const, from: clamp(redBottom), to: high },
  ].filter((b) => b.to > b.from);
}

const shortNumber = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

export function TrendChart({ metric }: { metric: Metric }) {
  const titleId = useId();
  const descId = useId();
  // The API sends readings newest first; the chart reads left (oldest) to right (newest).
  const readings: { reading: MetricReading; value: number; time: number }[] = [...metric.readings]
    .map((reading) => ({ reading, value: toNumber(reading.value), time: new Date(reading.observedAt).getTime() }))
    .filter((r): r is { reading: MetricReading; value: number; time: number } => r.value !== null && Number.isFinite(r.time))
    .sort((a, b) => a.time - b.time);

  const target = toNumber(metric.target);
  const amber = toNumber(metric.amberThreshold);
  const red = toNumber(metric.redThreshold);
  const lines = [target, amber, red].filter((v): v is number => v !== null);
  const values = [...readings.map((r) => r.value), ...lines];
  const [low, high] = values.length > 0 ? domain(values) : [0, 1];

  const plotLeft = PAD.left;
  const plotRight = WIDTH - PAD.right;
  const plotTop = PAD.top;
  const plotBottom = HEIGHT - PAD.bottom;
  const y = (v: number) => plotBottom - ((v - low) / (high - low)) * (plotBottom - plotTop);
  const first = readings[0]?.time ?? 0;
  const last = readings[readings.length - 1]?.time ?? 0;
  const x = (t: number) =>
    last === first ? (plotLeft + plotRight) / 2 : plotLeft + ((t - first) / (last - first)) * (plotRight - plotLeft);

  const path = readings.map((r, i) => `${i === 0 ? 'M' : 'L'}${x(r.time).toFixed(1)},${y(r.value).toFixed(1)}`).join(' ');
  const newest = readings[readings.length - 1];

  const description =
    readings.length === 0
      ? `No readings yet. ${thresholdSummary(metric)}.`
      : `${readings.length} ${readings.length === 1 ? 'reading' : 'readings'} from ${formatDateTime(
          readings[0].reading.observedAt,
        )} to ${formatDateTime(newest.reading.observedAt)}; lowest ${formatValue(
          Math.min(...readings.map((r) => r.value)),
          metric.unit,
        )}, highest ${formatValue(Math.max(...readings.map((r) => r.value)), metric.unit)}, latest ${formatValue(
          newest.value,
          metric.unit,
        )} (${ragLabel(newest.reading.status)}). ${thresholdSummary(metric)}.`;

  const lineLabel = (value: number, text: string, className: string) => {
    const ly = y(value);
    // Labels sit just above their line, or below it when the line is at the top edge.
    const labelY = ly - 3 < plotTop + 8 ? ly + 10 : ly - 3;
    return (
      <g className={className} key={`${className}-${text}`}>
        <line x1={plotLeft} x2={plotRight} y1={ly} y2={ly} />
        <text x={plotRight - 2} y={labelY} textAnchor="end">
          {text}
        </text>
      </g>
    );
  };

  return (
    <figure className="trend" data-testid="metric-trend">
      <svg
        className="trend-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>Trend of {metric.name}</title>
        <desc id={descId}>{description}</desc>
        {bands(metric, low, high).map((band) => (
          <rect
            key={band.status}
            className={`trend-band trend-band-${band.status.toLowerCase()}`}
            x={plotLeft}
            width={plotRight - plotLeft}
            y={y(band.to)}
            height={Math.max(0, y(band.from) - y(band.to))}
            data-band={band.status}
          />
        ))}
        <line className="trend-axis" x1={plotLeft} x2={plotLeft} y1={plotTop} y2={plotBottom} />
        <line className="trend-axis" x1={plotLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} />
        <text className="trend-tick" x={plotLeft - 4} y={plotTop + 8} textAnchor="end">
          {shortNumber.format(high)}
        </text>
        <text className="trend-tick" x={plotLeft - 4} y={plotBottom} textAnchor="end">
          {shortNumber.format(low)}
        </text>
        {red !== null && lineLabel(red, `Red ${shortNumber.format(red)}`, 'trend-line trend-line-red')}
        {amber !== null && lineLabel(amber, `Amber ${shortNumber.format(amber)}`, 'trend-line trend-line-amber')}
        {target !== null && lineLabel(target, `Target ${shortNumber.format(target)}`, 'trend-line trend-line-target')}
        {readings.length > 1 && <path className="trend-path" d={path} />}
        {readings.map((r, i) => (
          <circle
            key={r.reading.id}
            className={`trend-dot trend-dot-${r.reading.status.toLowerCase()}${i === readings.length - 1 ? ' trend-dot-newest' : ''}`}
            cx={x(r.time)}
            cy={y(r.value)}
            r={i === readings.length - 1 ? 4.5 : readings.length > 30 ? 1.8 : 2.6}
          />
        ))}
        {readings.length === 0 ? (
          <text className="trend-empty" x={(plotLeft + plotRight) / 2} y={(plotTop + plotBottom) / 2} textAnchor="middle">
            No readings yet
          </text>
        ) : (
          <>
            <text className="trend-tick" x={plotLeft} y={HEIGHT - 6} textAnchor="start">
              {shortDate.format(readings[0].time)}
            </text>
            {last !== first && (
              <text className="trend-tick" x={plotRight} y={HEIGHT - 6} textAnchor="end">
                {shortDate.format(newest.time)}
              </text>
            )}
          </>
        )}
      </svg>
    </figure>
  );
}
