// Where a metric lives: its partnership, and its card's element id on the dashboard. A Metric does not name its
// partnership in the API, so the app-wide red alert finds it here: from dashboards already loaded, else by reading
// the viewer's partnerships once.
import { gql } from '../api';
import { METRIC_DIRECTORY } from '../queries';

export interface MetricHome {
  partnershipId: string;
  partnershipName: string;
}

/** The element id of a metric's card, so that an alert can bring it into view. */
export function metricAnchor(id: string): string {
  return `metric-${id}`;
}

const known = new Map<string, MetricHome>();
let loading: Promise<void> | undefined;
let loadedAt = 0;

/** A dashboard that loaded tells the directory where its metrics live. */
export function rememberMetrics(partnershipId: string, partnershipName: string, metricIds: string[]): void {
  for (const id of metricIds) {
    known.set(id, { partnershipId, partnershipName });
  }
}

async function loadAll(): Promise<void> {
  let after: string | null = null;
  // Partnerships come in pages of at most 100; a person is in a handful, so this is one request in practice.
  for (let page = 0; page < 20; page += 1) {
    const data: {
      partnerships: {
        edges: { node: { id: string; name: string; metrics: { id: string }[] } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await gql(METRIC_DIRECTORY, { first: 100, after });
    for (const { node } of data.partnerships.edges) {
      rememberMetrics(node.id, node.name, node.metrics.map((m) => m.id));
    }
    if (!data.partnerships.pageInfo.hasNextPage || !data.partnerships.pageInfo.endCursor) {
      return;
    }
    after = data.partnerships.pageInfo.endCursor;
  }
}

/** Where `metricId` lives, or undefined when the viewer cannot find it among their partnerships. */
export async function findMetricHome(metricId: string): Promise<MetricHome | undefined> {
  const hit = known.get(metricId);
  if (hit) {
    return hit;
  }
  // A metric defined since the last look needs a fresh one; but look at most every 10 seconds.
  if (!loading && Date.now() - loadedAt > 10_000) {
    loading = loadAll()
      .catch(() => undefined)
      .finally(() => {
        loadedAt = Date.now();
        loading = undefined;
      });
  }
  await loading;
  return known.get(metricId);
}
