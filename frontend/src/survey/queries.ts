// The survey feature's operations: the rounds open for the viewer (prompt), one round to answer, sending the answers,
// and a partnership's rounds with their results (results page, trend).
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

/** Every round of the viewer's partnerships with whether the viewer may (still) answer it. */
export const OPEN_SURVEYS = graphql(`
  query OpenSurveys {
    partnerships(first: 100) {
      edges {
        node {
          id
          name
          surveys { id status viewerCanAnswer viewerHasResponded }
        }
      }
    }
  }
`);

export const SURVEY = graphql(`
  query Survey($id: ID!) {
    survey(id: $id) {
      id
      title
      round
      status
      closesAt
      viewerCanAnswer
      viewerHasResponded
      questions { id kind text topic }
    }
  }
`);

/** A round as its answer page shows it. */
export type SurveyRound = NonNullable<ResultOf<typeof SURVEY>['survey']>;
export type Question = SurveyRound['questions'][number];

export const SUBMIT_SURVEY_RESPONSE = graphql(`
  mutation SubmitSurveyResponse($input: SurveyResponseInput!) {
    submitSurveyResponse(input: $input) { surveyId submittedAt }
  }
`);

export const SURVEY_RESULTS = graphql(`
  query SurveyResults($id: ID!) {
    partnership(id: $id) {
      id
      name
      surveys {
        id
        title
        round
        status
        opensAt
        closesAt
        anonymityThreshold
        viewerCanAnswer
        viewerHasResponded
        results {
          parties {
            organization { id name slug }
            shown
            respondents
            nps
            comments
            questions { question { id kind text topic } green amber red score flagged }
          }
          gaps { question { id text } gap }
        }
      }
    }
  }
`);

export type ResultsRound = NonNullable<ResultOf<typeof SURVEY_RESULTS>['partnership']>['surveys'][number];
export type PartyResult = ResultsRound['results']['parties'][number];

/** A round's parties in one order on every screen and round (by name; the API's order may differ between rounds). */
export function partiesOf(round: ResultsRound): PartyResult[] {
  return [...round.results.parties].sort((a, b) => a.organization.name.localeCompare(b.organization.name));
}
