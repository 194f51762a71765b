// "Answer the health pulse": in the header and on a partnership page while a round is open for the viewer and not
// answered yet. One cached query (every partnership's rounds) serves both.
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../data/cache';
import { keys } from '../data/keys';
import { Link, matchRoute, surveyAnswerPath, usePath } from '../router';
import { OPEN_SURVEYS } from './queries';

interface PendingRound {
  partnershipId: string;
  partnershipName: string;
  surveyId: string;
}

function usePendingRounds(enabled = true): PendingRound[] {
  const { data } = useQuery({ ...apiQuery(keys.openSurveys, OPEN_SURVEYS), enabled });
  return (data?.partnerships.edges ?? []).flatMap(({ node }) =>
    node.surveys
      .filter((s) => s.status === 'OPEN' && s.viewerCanAnswer && !s.viewerHasResponded)
      .map((s) => ({ partnershipId: node.id, partnershipName: node.name, surveyId: s.id })),
  );
}

const PROMPT = 'Answer the health pulse (about a minute)';

/** The header's prompt: the first round waiting for the viewer; none (and no query) while answering a round. */
export function HeaderSurveyPrompt() {
  const answering = matchRoute(usePath()).name === 'survey-answer';
  const round = usePendingRounds(!answering)[0];
  if (answering || !round) {
    return null;
  }
  return (
    <p className="survey-prompt-bar">
      <Link href={surveyAnswerPath(round.partnershipId, round.surveyId)} className="survey-prompt-link" data-testid="header-survey-prompt">
        {PROMPT}
        <span className="visually-hidden"> for {round.partnershipName}</span>
      </Link>
    </p>
  );
}

/** The partnership page's prompt. */
export function PartnershipSurveyPrompt({ partnershipId }: { partnershipId: string }) {
  const round = usePendingRounds().find((r) => r.partnershipId === partnershipId);
  if (!round) {
    return null;
  }
  return (
    <section className="callout" aria-labelledby="survey-callout-heading">
      <h2 id="survey-callout-heading">Health pulse</h2>
      <p>How is the partnership going? Your answers are anonymous: results are shown per party, never per person.</p>
      <Link href={surveyAnswerPath(round.partnershipId, round.surveyId)} className="button button-primary" data-testid="survey-prompt">
        {PROMPT}
      </Link>
    </section>
  );
}
