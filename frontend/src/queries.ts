// Every GraphQL operation the screens send, in one place.

export const ME = /* GraphQL */ `
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
`;

export const PARTNERSHIPS = /* GraphQL */ `
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
`;

export const ORGANIZATIONS = /* GraphQL */ `
  query Organizations {
    organizations { id name slug }
  }
`;

const AUDIT_EVENT_FIELDS = /* GraphQL */ `
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
`;

export const PARTNERSHIP = /* GraphQL */ `
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
      auditEvents(first: 20) { ${AUDIT_EVENT_FIELDS} }
    }
  }
`;

export const MORE_AUDIT_EVENTS = /* GraphQL */ `
  query MoreAuditEvents($id: ID!, $after: String) {
    partnership(id: $id) {
      id
      auditEvents(first: 20, after: $after) { ${AUDIT_EVENT_FIELDS} }
    }
  }
`;

export const CREATE_PARTNERSHIP = /* GraphQL */ `
  mutation CreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) { id }
  }
`;

export const ACCEPT_INVITATION = /* GraphQL */ `
  mutation AcceptInvitation($partnershipId: ID!) {
    acceptInvitation(partnershipId: $partnershipId) { id }
  }
`;

export const UPDATE_PARTNERSHIP = /* GraphQL */ `
  mutation UpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) { id version }
  }
`;

export const INVITE_ORGANIZATION = /* GraphQL */ `
  mutation InviteOrganization($input: InviteOrganizationInput!) {
    inviteOrganization(input: $input) { id }
  }
`;

export const SET_MEMBER_ROLE = /* GraphQL */ `
  mutation SetMemberRole($input: SetMemberRoleInput!) {
    setMemberRole(input: $input) { role person { subject } }
  }
`;
