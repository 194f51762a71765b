// Live status changes laid over the dashboard's loaded metrics.
import type { Metric, MetricStatusChange } from './queries';

/** Readings the trend shows (the dashboard asks for the last 60). */
export const TREND_LENGTH = 60;

export /**
 * The metrics as loaded, with the live changes laid over them: a change counts when its reading is newer than what
 * the loaded data knows, so a reload that started before a change arrived never turns a card back.
 */
function applyChanges(metrics: Metric[], changes: MetricStatusChange[]): Metric[] {
  if (changes.length === 0) {
    return metrics;
  }
  return metrics.map((metric) => {
    let result = metric;
    for (const change of changes) {
      if (change.metric.id !== metric.id) continue;
      const incoming = change.metric.latest ?? change.reading;
      const known = result.latest ? new Date(result.latest.observedAt).getTime() : -Infinity;
      const at = new Date(incoming.observedAt).getTime();
      if (at > known || (at === known && incoming.id !== result.latest?.id)) {
        result = { ...result, status: change.metric.status ?? change.current, latest: incoming };
      }
      if (!result.readings.some((r) => r.id === change.reading.id)) {
        const readings = [...result.readings, change.reading]
          .sort((a, b) => new Date(b.observedAt).getTime() - new Date(a.observedAt).getTime())
          .slice(0, TREND_LENGTH);
        result = { ...result, readings };
      }
    }
    return result;
  });
}
