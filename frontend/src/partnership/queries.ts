// The partnership feature's operations: the list, one partnership's overview, creating, accepting, editing,
// inviting, roles.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

export const PARTNERSHIPS = graphql(`
  query Partnerships($first: Int!, $after: String) {
    partnerships(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          status
          governanceModel
          health
          viewerCanAccept
          parties { accepted organization { id name slug } }
        }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

/** A partnership as the list shows it. */
export type PartnershipSummary = ResultOf<typeof PARTNERSHIPS>['partnerships']['edges'][number]['node'];

export const ORGANIZATIONS = graphql(`
  query Organizations {
    organizations { id name slug }
  }
`);

graphql(`
  fragment AuditEventPage on AuditEventConnection {
    edges {
      cursor
      node {
        id
        at
        action
        summary
        actor { subject displayName kind organization { id name slug } }
      }
    }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
`);

export const PARTNERSHIP = graphql(`
  query Partnership($id: ID!) {
    partnership(id: $id) {
      id
      name
      charter
      governanceModel
      status
      startsOn
      health
      version
      createdAt
      viewerRole
      viewerCanEdit
      viewerCanInvite
      viewerCanAccept
      parties {
        organization { id name slug }
        sponsor { subject displayName email }
        accepted
        invitedAt
        acceptedAt
      }
      members {
        role
        person { subject displayName email organization { id name slug } }
      }
      auditEvents(first: 20) { ...AuditEventPage }
    }
  }
`);

/** A partnership as its overview page shows it. */
export type PartnershipDetail = NonNullable<ResultOf<typeof PARTNERSHIP>['partnership']>;
export type Member = PartnershipDetail['members'][number];
export type AuditEventPage = PartnershipDetail['auditEvents'];
export type AuditEvent = AuditEventPage['edges'][number]['node'];

export const MORE_AUDIT_EVENTS = graphql(`
  query MoreAuditEvents($id: ID!, $after: String) {
    partnership(id: $id) {
      id
      auditEvents(first: 20, after: $after) { ...AuditEventPage }
    }
  }
`);

export const CREATE_PARTNERSHIP = graphql(`
  mutation CreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) { id }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($partnershipId: ID!) {
    acceptInvitation(partnershipId: $partnershipId) { id }
  }
`);

export const UPDATE_PARTNERSHIP = graphql(`
  mutation UpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) { id version }
  }
`);

export const INVITE_ORGANIZATION = graphql(`
  mutation InviteOrganization($input: InviteOrganizationInput!) {
    inviteOrganization(input: $input) { id }
  }
`);

export const SET_MEMBER_ROLE = graphql(`
  mutation SetMemberRole($input: SetMemberRoleInput!) {
    setMemberRole(input: $input) { role person { subject } }
  }
`);
