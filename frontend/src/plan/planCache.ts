// How a change to the plan reaches the cache. Its answer carries the version it changed in full (the version itself,
// or an item's `plan`): that version replaces the one in every cached plan page at once, so the page shows the new
// revision, status, warnings and items without loading it again. What else the plan touches is refreshed: the plan
// card, the list of versions, diffs, the partnership page's activity. An answer without the version (a check-in), or
// a change that reaches other versions (ratifying supersedes one, amending starts one), refreshes the pages as well.
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { type GraphQLDocument, request, type VariablesArg } from '../api';
import { refresh } from '../data/cache';
import { keys } from '../data/keys';
import type { PlanPageQuery } from '../gql/graphql';
import type { Plan } from './queries';
import { usePlan } from './shared';

/** A change's answer: its one field holds the version, an item with its `plan`, or (a check-in) neither. */
type PlanAnswer = Record<string, Plan | { plan: Plan } | { id: string }>;

function planIn(answer: PlanAnswer): Plan | undefined {
  const value = Object.values(answer)[0];
  if (value && 'plan' in value) return value.plan;
  if (value && 'ratifications' in value) return value;
  return undefined;
}

/** A cached plan page with `plan` in place of the version of the same id, and that version's status in the list. */
function withVersion(page: PlanPageQuery | undefined, plan: Plan): PlanPageQuery | undefined {
  const partnership = page?.partnership;
  if (!partnership) return page;
  return {
    partnership: {
      ...partnership,
      plans: partnership.plans.map((p) => (p.id === plan.id ? { ...p, status: plan.status } : p)),
      plan: partnership.plan?.id === plan.id ? plan : partnership.plan,
    },
  };
}

async function settle(client: QueryClient, partnershipId: string, plan: Plan | undefined, otherVersions: boolean) {
  const pages = keys.planVersions(partnershipId);
  if (plan && !otherVersions) {
    // A page load still under way would bring the version as it was: drop it, then write the answer.
    await client.cancelQueries({ queryKey: pages });
    client.setQueriesData<PlanPageQuery>({ queryKey: pages }, (page) => withVersion(page, plan));
    const onPage = (key: readonly unknown[]) => pages.every((part, index) => key[index] === part);
    await client.invalidateQueries({ queryKey: keys.plan(partnershipId), predicate: (query) => !onPage(query.queryKey) });
    return refresh(client, [keys.overview(partnershipId)]);
  }
  return refresh(client, [keys.plan(partnershipId), keys.overview(partnershipId)]);
}

/**
 * A change to the plan, as a mutation. `otherVersions`: the change reaches beyond the version it answers with
 * (ratify, amend), so every cached plan page is loaded again rather than written from the answer.
 */
export function usePlanChange<TResult extends PlanAnswer, TVariables>(
  document: GraphQLDocument<TResult, TVariables>,
  { otherVersions = false }: { otherVersions?: boolean } = {},
) {
  const { partnership } = usePlan();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => request(document, ...([variables] as VariablesArg<TVariables>)),
    onSuccess: (answer) => settle(client, partnership.id, planIn(answer), otherVersions),
  });
}
