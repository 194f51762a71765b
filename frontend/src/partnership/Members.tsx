// The partnership's members by organisation; sponsors and partner admins set the roles of their own people.
import { type FormEvent, useEffect, useState } from 'react';
import { useChange } from '../data/cache';
import { keys } from '../data/keys';
import type { MemberRole } from '../gql/graphql';
import { personName, ROLES, roleLabel } from '../labels';
import type { Viewer } from '../session/queries';
import type { ReportProps } from './PartnershipPage';
import { type Member, type PartnershipDetail, SET_MEMBER_ROLE } from './queries';

export function Members({ partnership, viewer, onSaved, onFailed }: { partnership: PartnershipDetail; viewer: Viewer } & ReportProps) {
  const ownOrganization = viewer.organization?.id;
  // Sponsors and partner admins set the roles of their own organisation's people (the server checks again).
  const managesOwnParty = Boolean(ownOrganization) && (partnership.viewerRole === 'SPONSOR' || viewer.roles.includes('partner-admin'));

  const byOrganization = new Map<string, { name: string; members: Member[] }>();
  for (const party of partnership.parties) {
    byOrganization.set(party.organization.id, { name: party.organization.name, members: [] });
  }
  for (const member of partnership.members) {
    const org = member.person.organization;
    const key = org?.id ?? '';
    if (!byOrganization.has(key)) {
      byOrganization.set(key, { name: org?.name ?? 'Other', members: [] });
    }
    byOrganization.get(key)!.members.push(member);
  }
  const groups = [...byOrganization.entries()].filter(([, group]) => group.members.length > 0);

  return (
    <section className="section" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      {groups.length === 0 ? (
        <p className="muted">No members yet.</p>
      ) : (
        groups.map(([orgId, group]) => (
          <div key={orgId || 'other'} className="member-group">
            <h3 className="subheading">{group.name}</h3>
            <ul className="card-list">
              {group.members.map((member) => (
                <MemberRow
                  key={member.person.subject}
                  partnershipId={partnership.id}
                  member={member}
                  editable={managesOwnParty && orgId === ownOrganization && Boolean(member.person.email)}
                  onSaved={onSaved}
                  onFailed={onFailed}
                />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

function MemberRow({
  partnershipId,
  member,
  editable,
  onSaved,
  onFailed,
}: { partnershipId: string; member: Member; editable: boolean } & ReportProps) {
  const [role, setRole] = useState<MemberRole>(member.role);
  // A role decides what the person may do everywhere in the partnership.
  const setMemberRole = useChange(SET_MEMBER_ROLE, () => [keys.partnership(partnershipId)]);
  const selectId = `role-${member.person.subject}`;
  const name = personName(member.person);

  useEffect(() => setRole(member.role), [member.role]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      await setMemberRole.mutateAsync({ input: { partnershipId, email: member.person.email ?? '', role } });
      onSaved(`${name} is now ${roleLabel(role).toLowerCase()}.`);
    } catch (e) {
      setRole(member.role);
      await onFailed(e);
    }
  }
  return (
    <li className="card member" data-testid="member">
      <div className="member-who">
        <p className="member-name">{name}</p>
        {member.person.email && member.person.displayName && <p className="muted small">{member.person.email}</p>}
      </div>
      {editable ? (
        <form className="member-role-form" onSubmit={(e) => void save(e)}>
          <label htmlFor={selectId} className="visually-hidden">
            Role of {name}
          </label>
          <select id={selectId} name="role" value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
            {ROLES.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
          {role !== member.role && (
            <button type="submit" className="button button-primary button-small" disabled={setMemberRole.isPending}>
              {setMemberRole.isPending ? 'Saving…' : 'Save'}
              <span className="visually-hidden"> role of {name}</span>
            </button>
          )}
        </form>
      ) : (
        <span className="tag">{roleLabel(member.role)}</span>
      )}
    </li>
  );
}
