package dev.tandem.governance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.common.db.NativeSql;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.NotFound;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.security.Caller;
import dev.tandem.governance.DecisionRightViews.PartyRoleView;
import dev.tandem.governance.DecisionRightViews.ProposalView;
import dev.tandem.governance.DecisionRightViews.RightView;
import dev.tandem.metric.Tier;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationService;
import dev.tandem.organization.OrganizationView;
import dev.tandem.partnership.MemberRepository;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.partnership.PartnershipAccess.Access;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.partnership.Party;
import dev.tandem.partnership.PartyRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The decision-rights matrix: per type of decision, the tier that decides and each party's part. Until the partners
 * agree a row, every accepted party is ACCOUNTABLE. A row changes only when the sponsor of every accepted party
 * approved the proposal (each its own party's column); a decision is recorded only with a person of every
 * accountable party.
 */
@ApplicationScoped
public class DecisionRights {

    private static final TypeReference<Map<String, DecisionRole>> ROLES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    /** A row as stored: the tier and each party's part; approvals only for a proposal. */
    private record Row(UUID partnershipId, DecisionType type, Tier tier, Map<UUID, DecisionRole> roles, List<UUID> approvals, Instant at) {
    }

    private final Db db;
    private final PartnershipAccess access;
    private final PartyRepository parties;
    private final OrganizationService organizations;
    private final MemberRepository members;
    private final GovernanceJournal journal;
    private final ObjectMapper json;

    public DecisionRights(Db db, PartnershipAccess access, PartyRepository parties, OrganizationService organizations, MemberRepository members,
            GovernanceJournal journal, ObjectMapper json) {
        this.db = db;
        this.access = access;
        this.parties = parties;
        this.organizations = organizations;
        this.members = members;
        this.journal = journal;
        this.json = json;
    }

    static Tier defaultTier(DecisionType type) {
        return switch (type) {
            case PARTY_CHANGE -> Tier.STRATEGIC;
            case OTHER -> Tier.EXECUTION;
            default -> Tier.STEERING;
        };
    }

    /** The matrix of each partnership, one row per type: four statements whatever their number. */
    public Uni<List<List<RightView>>> matricesOf(List<PartnershipView> partnerships) {
        return matrices(partnerships.stream().map(p -> UUID.fromString(p.id())).toList());
    }

    private Uni<List<List<RightView>>> matrices(List<UUID> ids) {
        return db.read(() -> rows("decision_right", ids)
                .chain(agreed -> rows("decision_right_proposal", ids)
                        .chain(proposed -> parties.ofPartnerships(ids)
                                .chain(partyRows -> organizations.byIdsInSession(partyRows.stream().map(p -> p.organizationId).collect(Collectors.toSet()))
                                        .map(orgs -> ids.stream().map(id -> matrix(id, agreed, proposed, accepted(partyRows, id), orgs)).toList())))));
    }

    private static List<RightView> matrix(UUID id, List<Row> agreed, List<Row> proposed, List<UUID> accepted, Map<UUID, Organization> orgs) {
        List<RightView> views = new ArrayList<>();
        for (DecisionType type : DecisionType.values()) {
            Row row = agreed.stream().filter(r -> r.partnershipId().equals(id) && r.type() == type).findFirst().orElse(null);
            Row proposal = proposed.stream().filter(r -> r.partnershipId().equals(id) && r.type() == type).findFirst().orElse(null);
            Map<UUID, DecisionRole> roles = row == null ? everyoneAccountable(accepted) : row.roles();
            views.add(new RightView(type, row == null ? defaultTier(type) : row.tier(), roleViews(roles, accepted, orgs), row != null,
                    proposal == null ? null : new ProposalView(proposal.tier(), roleViews(proposal.roles(), accepted, orgs),
                            accepted.stream().filter(proposal.approvals()::contains).map(o -> OrganizationView.of(orgs.get(o))).toList(),
                            accepted.stream().filter(o -> !proposal.approvals().contains(o)).map(o -> OrganizationView.of(orgs.get(o))).toList(),
                            proposal.at())));
        }
        return views;
    }

    /** Fails with VALIDATION on decidedBy, naming each accountable party without a person among the deciders and who could decide for it. */
    Uni<Void> checkAccountable(DecisionType type, Access granted, Map<String, UUID> decidersOrganizations) {
        UUID id = granted.partnership().id;
        return rows("decision_right", List.of(id)).chain(agreed -> {
            Map<UUID, DecisionRole> roles = agreed.stream().filter(r -> r.type() == type).findFirst().map(Row::roles)
                    .orElse(everyoneAccountable(granted.acceptedOrganizations()));
            List<UUID> missing = granted.acceptedOrganizations().stream()
                    .filter(org -> roles.get(org) == DecisionRole.ACCOUNTABLE && !decidersOrganizations.containsValue(org)).toList();
            if (missing.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return organizations.byIdsInSession(missing)
                    .chain(orgs -> members.sponsorsOf(List.of(id)).map(sponsors -> {
                        String who = missing.stream().map(org -> orgs.get(org).name + sponsors.stream().filter(s -> s.organizationId.equals(org)).findFirst()
                                .map(s -> " (its sponsor " + s.email + ")").orElse("")).collect(Collectors.joining(", "));
                        throw new ValidationFailed("decidedBy", "A " + type + " decision needs a person of every accountable party; " + who + " must decide too.");
                    }));
        });
    }

    /** A sponsor proposes a row; their own party's approval comes with it, and a row every party approved takes effect at once. */
    public Uni<List<RightView>> propose(Caller caller, DecisionRightViews.Propose input) {
        return db.write(() -> access.require(caller, input.partnershipId()).chain(granted -> {
            checkSponsor(granted);
            return roles(input.roles(), granted).chain(roles -> {
                Row proposal = new Row(granted.partnership().id, input.type(), input.tier(), roles, List.of(granted.organization().id), Clock.now());
                return NativeSql.execute("DELETE FROM decision_right_proposal WHERE partnership_id = ?1 AND decision_type = ?2", proposal.partnershipId(),
                                input.type().name())
                        .chain(() -> NativeSql.execute("""
                                INSERT INTO decision_right_proposal (partnership_id, decision_type, tier, roles, approvals, proposed_by, proposed_at)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""", proposal.partnershipId(), input.type().name(), input.tier().name(), write(roles),
                                write(proposal.approvals()), caller.subject(), proposal.at()))
                        .chain(() -> journal.record(caller, granted.organization(), new Change(proposal.partnershipId(), "decision_right.proposed",
                                "DecisionRight", null, caller.name() + " proposed who decides " + input.type() + " (" + input.tier() + ")", null,
                                Changes.state("type", input.type(), "tier", input.tier()))))
                        .chain(() -> applyIfAgreed(caller, granted, input.type()));
            });
        })).chain(ignored -> matrixFor(caller, input.partnershipId()));
    }

    /** A sponsor approves the proposed row for their own party; when every accepted party approved it, it takes effect. */
    public Uni<List<RightView>> approve(Caller caller, DecisionRightViews.Approve input) {
        return db.write(() -> access.require(caller, input.partnershipId()).chain(granted -> {
            checkSponsor(granted);
            UUID id = granted.partnership().id;
            return rows("decision_right_proposal", List.of(id)).chain(proposals -> {
                Row proposal = proposals.stream().filter(r -> r.type() == input.type()).findFirst()
                        .orElseThrow(() -> new NotFound("type", "No change of who decides " + input.type() + " is proposed."));
                List<UUID> approvals = new ArrayList<>(proposal.approvals());
                if (!approvals.contains(granted.organization().id)) {
                    approvals.add(granted.organization().id);
                }
                return NativeSql.execute("UPDATE decision_right_proposal SET approvals = ?1 WHERE partnership_id = ?2 AND decision_type = ?3",
                                write(approvals), id, input.type().name())
                        .chain(() -> journal.record(caller, granted.organization(), new Change(id, "decision_right.approved", "DecisionRight", null,
                                caller.name() + " approved " + granted.organization().name + "'s part in who decides " + input.type(), null,
                                Changes.state("type", input.type()))))
                        .chain(() -> applyIfAgreed(caller, granted, input.type()));
            });
        })).chain(ignored -> matrixFor(caller, input.partnershipId()));
    }

    private Uni<Void> applyIfAgreed(Caller caller, Access granted, DecisionType type) {
        UUID id = granted.partnership().id;
        return rows("decision_right_proposal", List.of(id)).chain(proposals -> {
            Row proposal = proposals.stream().filter(r -> r.type() == type).findFirst().orElse(null);
            if (proposal == null || !proposal.approvals().containsAll(granted.acceptedOrganizations())) {
                return Uni.createFrom().voidItem();
            }
            return NativeSql.execute("DELETE FROM decision_right WHERE partnership_id = ?1 AND decision_type = ?2", id, type.name())
                    .chain(() -> NativeSql.execute("INSERT INTO decision_right (partnership_id, decision_type, tier, roles, agreed_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                            id, type.name(), proposal.tier().name(), write(proposal.roles()), Clock.now()))
                    .chain(() -> NativeSql.execute("DELETE FROM decision_right_proposal WHERE partnership_id = ?1 AND decision_type = ?2", id, type.name()))
                    .chain(() -> journal.record(caller, granted.organization(), new Change(id, "decision_right.agreed", "DecisionRight", null,
                            "Every party's sponsor approved who decides " + type + ": it is in force", null, Changes.state("type", type, "tier", proposal.tier()))))
                    .replaceWithVoid();
        });
    }

    private Uni<List<RightView>> matrixFor(Caller caller, String partnershipId) {
        return db.read(() -> access.require(caller, partnershipId).map(granted -> granted.partnership().id))
                .chain(id -> matrices(List.of(id)))
                .map(list -> list.get(0));
    }

    private Uni<Map<UUID, DecisionRole>> roles(List<DecisionRightViews.PartyRoleInput> inputs, Access granted) {
        Map<UUID, DecisionRole> roles = new LinkedHashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < inputs.size(); i++) {
            String field = "roles[" + i + "].party";
            DecisionRightViews.PartyRoleInput input = inputs.get(i);
            chain = chain.chain(() -> organizations.ofSlugInSession(input.party()).invoke(org -> {
                if (org == null || !granted.acceptedOrganizations().contains(org.id)) {
                    throw new ValidationFailed(field, "'" + input.party() + "' is not an accepted party of the partnership.");
                }
                if (roles.put(org.id, input.role()) != null) {
                    throw new ValidationFailed(field, "'" + input.party() + "' has one part only.");
                }
            }).replaceWithVoid());
        }
        return chain.map(ignored -> {
            if (!roles.keySet().containsAll(granted.acceptedOrganizations())) {
                throw new ValidationFailed("roles", "Give every accepted party its part.");
            }
            if (!roles.containsValue(DecisionRole.ACCOUNTABLE)) {
                throw new ValidationFailed("roles", "At least one party is ACCOUNTABLE: someone must decide.");
            }
            return roles;
        });
    }

    private static void checkSponsor(Access granted) {
        if (!granted.standing().sponsors()) {
            throw new Forbidden("Only sponsors change who decides what, each for their own party.");
        }
    }

    private Uni<List<Row>> rows(String table, Collection<UUID> partnershipIds) {
        boolean proposal = table.equals("decision_right_proposal");
        String sql = "SELECT partnership_id, decision_type, tier, roles, " + (proposal ? "approvals, proposed_at" : "NULL, agreed_at") + " FROM " + table
                + " WHERE partnership_id IN (:ids)";
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class).setParameter("ids", partnershipIds).getResultList())
                .map(rows -> rows.stream().map(r -> new Row((UUID) r[0], DecisionType.valueOf((String) r[1]), Tier.valueOf((String) r[2]),
                        read((String) r[3]), r[4] == null ? List.of() : ids((String) r[4]), NativeSql.instant(r[5]))).toList());
    }

    private static Map<UUID, DecisionRole> everyoneAccountable(List<UUID> accepted) {
        Map<UUID, DecisionRole> roles = new LinkedHashMap<>();
        accepted.forEach(org -> roles.put(org, DecisionRole.ACCOUNTABLE));
        return roles;
    }

    private static List<PartyRoleView> roleViews(Map<UUID, DecisionRole> roles, List<UUID> accepted, Map<UUID, Organization> orgs) {
        return accepted.stream().map(org -> new PartyRoleView(OrganizationView.of(orgs.get(org)), roles.getOrDefault(org, DecisionRole.INFORMED))).toList();
    }

    private static List<UUID> accepted(List<Party> partyRows, UUID partnershipId) {
        return partyRows.stream().filter(p -> p.partnershipId.equals(partnershipId) && p.accepted()).map(p -> p.organizationId).toList();
    }

    private Map<UUID, DecisionRole> read(String value) {
        try {
            Map<UUID, DecisionRole> roles = new LinkedHashMap<>();
            json.readValue(value, ROLES).forEach((org, role) -> roles.put(UUID.fromString(org), role));
            return roles;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A decision-rights row is not readable", e);
        }
    }

    private List<UUID> ids(String value) {
        try {
            return json.readValue(value, IDS).stream().map(UUID::fromString).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A decision-rights proposal is not readable", e);
        }
    }

    private String write(Object value) {
        try {
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> keyed = new LinkedHashMap<>();
                map.forEach((k, v) -> keyed.put(k.toString(), v));
                return json.writeValueAsString(keyed);
            }
            if (value instanceof List<?> list) {
                return json.writeValueAsString(list.stream().map(Object::toString).toList());
            }
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A decision-rights row could not be written", e);
        }
    }
}
