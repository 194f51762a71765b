// TypeScript shapes of the GraphQL types the screens read (only the fields they ask for).

export type Rag = 'GREEN' | 'AMBER' | 'RED' | 'UNKNOWN';
export type GovernanceModel = 'LIGHTWEIGHT_ALLIANCE' | 'INTEGRATED_OPERATIONAL_PARTNERSHIP' | 'JOINT_VENTURE_LITE';
export type PartnershipStatus = 'PROPOSED' | 'LAUNCHING' | 'ACTIVE' | 'AT_RISK' | 'WINDING_DOWN' | 'CLOSED';
export type MemberRole = 'SPONSOR' | 'STEERING' | 'LEAD' | 'CONTRIBUTOR' | 'VIEWER';
export type ActorKind = 'PERSON' | 'INTEGRATOR';

export interface Organization {
  id: string;
  name: string;
  slug: string;
}

export interface Viewer {
  subject: string;
  displayName: string | null;
  email: string | null;
  organization: Organization | null;
  roles: string[];
  kind: ActorKind;
}

export interface Person {
  subject: string;
  displayName: string | null;
  email: string | null;
  organization: Organization | null;
}

export interface Party {
  organization: Organization;
  sponsor: Person | null;
  accepted: boolean;
  invitedAt: string;
  acceptedAt: string | null;
}

export interface Member {
  person: Person;
  role: MemberRole;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface AuditEvent {
  id: string;
  at: string;
  action: string;
  summary: string;
  actor: {
    subject: string;
    displayName: string | null;
    kind: ActorKind;
    organization: Organization | null;
  };
}

/** A partnership as the list shows it. */
export interface PartnershipSummary {
  id: string;
  name: string;
  status: PartnershipStatus;
  governanceModel: GovernanceModel;
  health: Rag;
  viewerCanAccept: boolean;
  parties: { accepted: boolean; organization: Organization }[];
}

/** A partnership as its overview page shows it. */
export interface PartnershipDetail {
  id: string;
  name: string;
  charter: string | null;
  governanceModel: GovernanceModel;
  status: PartnershipStatus;
  startsOn: string | null;
  health: Rag;
  version: number;
  createdAt: string;
  parties: Party[];
  members: Member[];
  viewerRole: MemberRole | null;
  viewerCanEdit: boolean;
  viewerCanInvite: boolean;
  viewerCanAccept: boolean;
  auditEvents: Connection<AuditEvent>;
}
