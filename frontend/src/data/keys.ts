// The query cache's keys, one place for all: a partnership's queries share its prefix, so that a change can refresh
// exactly the part (overview, plan, metrics) it touched.

export const keys = {
  /** The partnerships list on the home page (pages of it). */
  partnerships: ['partnerships'] as const,
  /** Every organisation in Tandem (for inviting). */
  organizations: ['organizations'] as const,
  /** Everything cached about one partnership. */
  partnership: (id: string) => ['partnership', id] as const,
  /** The partnership page: facts, parties, members, the first page of activity. */
  overview: (id: string) => ['partnership', id, 'overview'] as const,
  /** Everything about the partnership's plan: its versions, the plan card, diffs. */
  plan: (id: string) => ['partnership', id, 'plan'] as const,
  /** The plan page of one version (`null`: the current one). */
  planVersion: (id: string, planId: string | null) => ['partnership', id, 'plan', 'version', planId] as const,
  /** Every cached plan page of the partnership. */
  planVersions: (id: string) => ['partnership', id, 'plan', 'version'] as const,
  planSummary: (id: string) => ['partnership', id, 'plan', 'summary'] as const,
  planVersionList: (id: string) => ['partnership', id, 'plan', 'versions'] as const,
  planDiff: (id: string, from: string, to: string) => ['partnership', id, 'plan', 'diff', from, to] as const,
  /** Everything about the partnership's metrics: the dashboard and the partnership page's card. */
  metrics: (id: string) => ['partnership', id, 'metrics'] as const,
  metricsDashboard: (id: string) => ['partnership', id, 'metrics', 'dashboard'] as const,
  /** The metrics with their readings as a meeting pack prints them. */
  metricsPack: (id: string) => ['partnership', id, 'metrics', 'pack'] as const,
  metricsSummary: (id: string) => ['partnership', id, 'metrics', 'summary'] as const,
  /** Everything about the partnership's governance: tiers, meetings, escalations, each meeting page and pack. */
  governance: (id: string) => ['partnership', id, 'governance'] as const,
  governanceOverview: (id: string) => ['partnership', id, 'governance', 'overview'] as const,
  /** The partnership's upcoming or past meetings in full (the meeting pages). */
  meetings: (id: string, upcoming: boolean) => ['partnership', id, 'governance', 'meetings', upcoming] as const,
  /** The partnership's survey rounds with their results (the results page). */
  surveyResults: (id: string) => ['partnership', id, 'surveys'] as const,
  /** Everything cached about surveys across partnerships: the rounds open for the viewer (header prompt), each answer page. */
  surveys: ['surveys'] as const,
  openSurveys: ['surveys', 'open'] as const,
  /** What waits on the viewer across partnerships, and (under it) where each item belongs. */
  forMe: ['for-me'] as const,
  /** One round as its answer page shows it. */
  survey: (surveyId: string) => ['surveys', 'round', surveyId] as const,
};
