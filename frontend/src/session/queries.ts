// Who is signed in.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

export const ME = graphql(`
  query Me {
    me {
      subject
      displayName
      email
      organization { id name slug }
      roles
      kind
    }
  }
`);

/** The signed-in person as every screen receives it. */
export type Viewer = ResultOf<typeof ME>['me'];
