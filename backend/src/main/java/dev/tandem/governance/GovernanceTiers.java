package dev.tandem.governance;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.audit.AuditService.Change;
import dev.tandem.common.Changes;
import dev.tandem.common.Validate;
import dev.tandem.common.db.Db;
import dev.tandem.common.db.NativeSql;
import dev.tandem.common.error.Conflict;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.error.ValidationFailed;
import dev.tandem.common.security.Caller;
import dev.tandem.governance.GovernanceViews.TierView;
import dev.tandem.metric.Tier;
import dev.tandem.partnership.GovernanceModel;
import dev.tandem.partnership.Member;
import dev.tandem.partnership.MemberRepository;
import dev.tandem.partnership.MemberRole;
import dev.tandem.partnership.PartnershipAccess;
import dev.tandem.partnership.PartnershipView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The governance tiers of partnerships: the model's defaults until the partners edit one (sponsors and steering members), then stored. */
@ApplicationScoped
public class GovernanceTiers {

    private final Db db;
    private final MemberRepository members;
    private final PartnershipAccess access;
    private final PartyPeople partyPeople;
    private final GovernanceJournal journal;

    public GovernanceTiers(Db db, MemberRepository members, PartnershipAccess access, PartyPeople partyPeople, GovernanceJournal journal) {
        this.db = db;
        this.members = members;
        this.access = access;
        this.partyPeople = partyPeople;
        this.journal = journal;
    }

    /** The tiers of each partnership (visible to the caller), lowest first: three statements whatever their number. */
    public Uni<List<List<TierView>>> tiersOf(List<PartnershipView> partnerships) {
        List<UUID> ids = partnerships.stream().map(p -> UUID.fromString(p.id())).toList();
        return db.read(() -> plans(ids, partnerships.stream().collect(Collectors.toMap(p -> UUID.fromString(p.id()), PartnershipView::governanceModel, (a, b) -> a))))
                .map(plans -> partnerships.stream().map(p -> plans.get(UUID.fromString(p.id())).stream().map(t -> view(t, p)).toList()).toList());
    }

    /** The tiers as they apply, per partnership, within the current session. */
    Uni<Map<UUID, List<TierPlan>>> plans(Collection<UUID> ids, Map<UUID, GovernanceModel> models) {
        Set<UUID> partnershipIds = new LinkedHashSet<>(ids);   // a partnership asked for twice (aliases) is read once
        return TierSetting.<TierSetting>list("partnershipId in ?1", partnershipIds)
                .chain(stored -> memberEmails(stored.stream().map(s -> s.id).toList())
                        .chain(emails -> members.ofPartnerships(partnershipIds)
                                .map(people -> partnershipIds.stream().collect(Collectors.toMap(id -> id, id -> {
                                    List<TierSetting> own = stored.stream().filter(s -> s.partnershipId.equals(id)).toList();
                                    List<Member> theirs = people.stream().filter(m -> m.partnershipId.equals(id)).toList();
                                    return own.isEmpty() ? TierPlan.defaults(models.get(id), theirs)
                                            : own.stream().sorted((a, b) -> a.tier.compareTo(b.tier)).map(s -> TierPlan.of(s, emails.getOrDefault(s.id, List.of()))).toList();
                                })))));
    }

    /** How long a tier of the partnership has to take up an escalation, within the current session. */
    Uni<Duration> responseTime(UUID partnershipId, Tier tier) {
        return TierSetting.<TierSetting>find("partnershipId = ?1 and tier = ?2", partnershipId, tier).firstResult()
                .map(setting -> setting == null ? TierDefaults.responseTime(tier) : Duration.ofHours(setting.responseHours));
    }

    public Uni<TierView> update(Caller caller, TierInputs.Update input) {
        String name = input.name() == null ? null : Validate.required("name", input.name(), 80);
        check("durationMinutes", input.durationMinutes(), 15, 480);
        check("weekday", input.weekday(), 1, 7);
        check("responseTimeHours", input.responseTimeHours(), 1, 2160);
        LocalTime at = input.timeOfDay() == null ? null : time(input.timeOfDay());
        String zone = input.timeZone() == null ? null : zone(input.timeZone());
        return db.write(() -> access.require(caller, input.partnershipId()).chain(granted -> {
            if (!granted.standing().steers()) {
                throw new Forbidden("Only sponsors and steering members change the governance tiers.");
            }
            UUID partnershipId = granted.partnership().id;
            return materialized(partnershipId, granted.partnership().governanceModel)
                    .chain(settings -> {
                        TierSetting setting = settings.stream().filter(s -> s.tier == input.tier()).findFirst()
                                .orElseThrow(() -> new ValidationFailed("tier", "The partnership's governance model has no " + input.tier() + " tier."));
                        if (setting.version != input.version()) {
                            throw new Conflict("version", "The tier was changed in the meantime: reload it and try again.");
                        }
                        apply(setting, input, name, at, zone);
                        return input.members() == null ? Uni.createFrom().voidItem() : replaceMembers(setting, input.members(), granted.acceptedOrganizations());
                    })
                    .chain(() -> Panache.getSession().chain(session -> session.flush()))
                    .chain(() -> journal.record(caller, granted.organization(), new Change(partnershipId, "governance.tier_updated", "GovernanceTier", null,
                            caller.name() + " changed the " + input.tier() + " tier", null, Changes.state("tier", input.tier()))))
                    .chain(() -> plans(List.of(partnershipId), Map.of(partnershipId, granted.partnership().governanceModel)))
                    .map(plans -> plans.get(partnershipId).stream().filter(t -> t.tier() == input.tier()).findFirst().orElseThrow())
                    .map(plan -> view(plan, partnershipId, granted.standing().steers()));
        }));
    }

    /** The partnership's stored tiers, storing the model's defaults first if the partners never edited one. */
    private Uni<List<TierSetting>> materialized(UUID partnershipId, GovernanceModel model) {
        return TierSetting.<TierSetting>list("partnershipId = ?1", partnershipId).chain(stored -> {
            if (!stored.isEmpty()) {
                return Uni.createFrom().item(stored);
            }
            return members.ofPartnerships(List.of(partnershipId)).chain(people -> {
                List<TierSetting> settings = new ArrayList<>();
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (TierPlan plan : TierPlan.defaults(model, people)) {
                    TierSetting setting = setting(partnershipId, plan);
                    settings.add(setting);
                    chain = chain.chain(() -> setting.persist().replaceWithVoid())
                            .chain(() -> Panache.getSession().chain(session -> session.flush()))
                            .chain(() -> insertMembers(setting.id, plan.members()));
                }
                return chain.replaceWith(settings);
            });
        });
    }

    private Uni<Void> replaceMembers(TierSetting setting, List<String> emails, List<UUID> accepted) {
        return partyPeople.check(emails, "members", accepted)
                .chain(clean -> NativeSql.execute("DELETE FROM governance_tier_member WHERE tier_id = ?1", setting.id)
                        .chain(() -> insertMembers(setting.id, clean)));
    }

    private static Uni<Void> insertMembers(UUID tierId, List<String> emails) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (String email : emails) {
            chain = chain.chain(() -> NativeSql.execute("INSERT INTO governance_tier_member (tier_id, email) VALUES (?1, ?2) ON CONFLICT DO NOTHING", tierId, email));
        }
        return chain.replaceWithVoid();
    }

    private static Uni<Map<UUID, List<String>>> memberEmails(List<UUID> tierIds) {
        if (tierIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT tier_id, email FROM governance_tier_member WHERE tier_id IN (:ids) ORDER BY email", Object[].class)
                .setParameter("ids", tierIds)
                .getResultList())
                .map(rows -> rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.mapping(r -> (String) r[1], Collectors.toList()))));
    }

    private static TierSetting setting(UUID partnershipId, TierPlan plan) {
        TierSetting setting = new TierSetting();
        setting.id = UUID.randomUUID();
        setting.partnershipId = partnershipId;
        setting.tier = plan.tier();
        setting.name = plan.name();
        setting.cadence = plan.cadence();
        setting.durationMinutes = plan.durationMinutes();
        setting.weekday = plan.weekday();
        setting.timeOfDay = plan.timeOfDay();
        setting.timeZone = plan.timeZone();
        setting.responseHours = plan.responseHours();
        return setting;
    }

    private static void apply(TierSetting setting, TierInputs.Update input, String name, LocalTime at, String zone) {
        setting.name = name == null ? setting.name : name;
        setting.cadence = input.cadence() == null ? setting.cadence : input.cadence();
        setting.durationMinutes = input.durationMinutes() == null ? setting.durationMinutes : input.durationMinutes();
        setting.weekday = input.weekday() == null ? setting.weekday : input.weekday();
        setting.timeOfDay = at == null ? setting.timeOfDay : at;
        setting.timeZone = zone == null ? setting.timeZone : zone;
        setting.responseHours = input.responseTimeHours() == null ? setting.responseHours : input.responseTimeHours();
    }

    static TierView view(TierPlan t, PartnershipView viewer) {
        boolean steers = viewer.viewerPartyAccepted() && (viewer.viewerRole() == MemberRole.SPONSOR || viewer.viewerRole() == MemberRole.STEERING);
        return view(t, UUID.fromString(viewer.id()), steers);
    }

    static TierView view(TierPlan t, UUID partnershipId, boolean steers) {
        return new TierView(t.tier(), t.name(), t.cadence(), t.durationMinutes(), t.weekday(), t.timeOfDay().toString(), t.timeZone(), t.responseHours(),
                t.version(), steers, t.members(), partnershipId);
    }

    private static void check(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new ValidationFailed(field, field + " is from " + min + " to " + max + ".");
        }
    }

    private static LocalTime time(String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailed("timeOfDay", "timeOfDay is a time of day as HH:mm, e.g. 14:30.");
        }
    }

    private static String zone(String value) {
        try {
            return ZoneId.of(value.strip()).getId();
        } catch (DateTimeException e) {
            throw new ValidationFailed("timeZone", "timeZone is a time zone such as Europe/Berlin or UTC.");
        }
    }
}
