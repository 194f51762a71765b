package dev.tandem.survey;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.tandem.common.Clock;
import dev.tandem.common.Ids;
import dev.tandem.common.db.Db;
import dev.tandem.common.security.Caller;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationService;
import dev.tandem.organization.OrganizationView;
import dev.tandem.partnership.MemberRole;
import dev.tandem.partnership.PartnershipReader;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.survey.SurveyRepository.AudienceParty;
import dev.tandem.survey.SurveyRules.PartyAnswers;
import dev.tandem.survey.SurveyViews.QuestionResultView;
import dev.tandem.survey.SurveyViews.QuestionView;
import dev.tandem.survey.SurveyViews.ResultsView;
import dev.tandem.survey.SurveyViews.SurveyView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Surveys as partners see them: rounds per partnership, by id, their questions, audiences and results; a few statements per field whatever the number of rounds. */
@ApplicationScoped
public class SurveyReader {

    private static final SecureRandom SHUFFLE = new SecureRandom();

    private final Db db;
    private final SurveyRepository surveys;
    private final PartnershipReader partnerships;
    private final OrganizationService organizations;
    private final Pseudonyms pseudonyms;

    public SurveyReader(Db db, SurveyRepository surveys, PartnershipReader partnerships, OrganizationService organizations, Pseudonyms pseudonyms) {
        this.db = db;
        this.surveys = surveys;
        this.partnerships = partnerships;
        this.organizations = organizations;
        this.pseudonyms = pseudonyms;
    }

    /** Every round of every survey of each partnership (already visible to the caller), newest first: two statements. */
    public Uni<List<List<SurveyView>>> surveysOf(List<PartnershipView> parents) {
        Set<UUID> ids = parents.stream().map(p -> UUID.fromString(p.id())).collect(Collectors.toSet());
        return db.read(() -> surveys.ofPartnerships(ids)
                .chain(rows -> surveys.audiences(rows.stream().map(s -> s.id).toList())
                        .map(audiences -> parents.stream()
                                .map(p -> rows.stream().filter(s -> s.partnershipId.toString().equals(p.id()))
                                        .map(s -> view(s, audienceOf(s.id, audiences), p)).toList())
                                .toList())));
    }

    /** The round, or null when it does not exist or its partnership is not the caller's. */
    public Uni<SurveyView> get(Caller caller, String id) {
        UUID uuid = Ids.parse(id).orElse(null);
        if (uuid == null) {
            return Uni.createFrom().nullItem();
        }
        return db.read(() -> surveys.findById(uuid)
                .chain(survey -> survey == null ? Uni.createFrom().<Loaded>nullItem()
                        : surveys.audiences(List.of(uuid)).map(audience -> new Loaded(survey, audienceOf(uuid, audience)))))
                .chain(loaded -> loaded == null ? Uni.createFrom().<SurveyView>nullItem()
                        : partnerships.get(caller, loaded.survey().partnershipId.toString())
                                .map(partnership -> partnership == null ? null : view(loaded.survey(), loaded.audience(), partnership)));
    }

    private record Loaded(Survey survey, List<UUID> audience) {
    }

    static SurveyView view(Survey s, List<UUID> audience, PartnershipView viewer) {
        return view(s, audience, viewer.viewerRole(), viewer.viewerOrganizationId(), viewer.viewerPartyAccepted());
    }

    /** The round as a viewer of this role and organisation sees it (role null: an integrator, or nobody in particular). */
    static SurveyView view(Survey s, List<UUID> audience, MemberRole role, UUID viewerOrganizationId, boolean accepted) {
        boolean person = role != null;
        SurveyStatus status = s.status(Clock.now());
        boolean steers = person && accepted && (role == MemberRole.SPONSOR || role == MemberRole.STEERING);
        boolean answers = person && accepted && status == SurveyStatus.OPEN && audience.contains(viewerOrganizationId);
        return new SurveyView(s.id.toString(), s.title, s.round, status, s.opensAt, s.closesAt, s.anonymityThreshold, s.recurrence, s.version,
                steers && status != SurveyStatus.CLOSED, answers, s.partnershipId, audience);
    }

    private static List<UUID> audienceOf(UUID surveyId, List<AudienceParty> audiences) {
        return audiences.stream().filter(a -> a.surveyId().equals(surveyId)).map(AudienceParty::organizationId).toList();
    }

    public Uni<List<List<QuestionView>>> questions(List<SurveyView> parents) {
        return db.read(() -> surveys.questions(parents.stream().map(SurveyView::uuid).collect(Collectors.toSet())))
                .map(rows -> parents.stream().map(p -> questionsOf(p.uuid(), rows)).toList());
    }

    private static List<QuestionView> questionsOf(UUID surveyId, List<SurveyQuestion> rows) {
        return rows.stream().filter(q -> q.surveyId.equals(surveyId)).map(q -> new QuestionView(q.id.toString(), q.kind, q.text, q.topic)).toList();
    }

    public Uni<List<List<OrganizationView>>> audiences(List<SurveyView> parents) {
        Set<UUID> ids = parents.stream().flatMap(p -> p.audienceIds().stream()).collect(Collectors.toSet());
        return db.read(() -> organizations.byIdsInSession(ids))
                .map(orgs -> parents.stream().map(p -> p.audienceIds().stream().map(id -> OrganizationView.of(orgs.get(id))).toList()).toList());
    }

    /** Whether the caller answered each round: one statement, through the rounds' pseudonyms for the caller. */
    public Uni<List<Boolean>> viewerHasResponded(List<SurveyView> parents, Caller caller) {
        if (!caller.isPerson()) {
            return Uni.createFrom().item(parents.stream().map(p -> false).toList());
        }
        List<String> names = parents.stream().map(p -> pseudonyms.of(p.uuid(), caller.subject())).toList();
        return db.read(() -> surveys.responded(parents.stream().map(SurveyView::uuid).collect(Collectors.toSet()), new HashSet<>(names)))
                .map(found -> {
                    Set<String> answered = new HashSet<>(found);
                    List<Boolean> result = new ArrayList<>();
                    for (int i = 0; i < parents.size(); i++) {
                        result.add(answered.contains(parents.get(i).id() + "|" + names.get(i)));
                    }
                    return result;
                });
    }

    /** Each round's results per audience party: three statements whatever the number of rounds. */
    public Uni<List<ResultsView>> results(List<SurveyView> parents) {
        Set<UUID> ids = parents.stream().map(SurveyView::uuid).collect(Collectors.toSet());
        Set<UUID> orgIds = parents.stream().flatMap(p -> p.audienceIds().stream()).collect(Collectors.toSet());
        return db.read(() -> surveys.questions(ids)
                .chain(questions -> surveys.responses(ids)
                        .chain(responses -> organizations.byIdsInSession(orgIds)
                                .map(orgs -> parents.stream().map(p -> results(p, questionsOf(p.uuid(), questions), responses, orgs)).toList()))));
    }

    ResultsView results(SurveyView survey, List<QuestionView> questions, List<SurveyResponse> responses, Map<UUID, Organization> orgs) {
        List<PartyAnswers> parties = new ArrayList<>();
        for (UUID organizationId : survey.audienceIds()) {
            List<List<Answer>> answers = responses.stream()
                    .filter(r -> r.surveyId.equals(survey.uuid()) && r.organizationId.equals(organizationId))
                    .map(surveys::answersOf)
                    .toList();
            parties.add(new PartyAnswers(organizationId, answers));
        }
        return SurveyRules.results(questions, parties, survey.anonymityThreshold(), id -> OrganizationView.of(orgs.get(id)), SHUFFLE);
    }

    /** What a partnership's latest closed round puts on the governance agenda: items a party rated red, and the widest gaps. */
    public record SurveyFlag(UUID partnershipId, String surveyId, String title) {
    }

    static final double AGENDA_GAP = 25;

    /** The flags of each partnership's latest closed round: items a third of a party rated red, then gaps of 25 points or more (at most three). */
    public Uni<List<SurveyFlag>> flagsOf(Collection<UUID> partnershipIds) {
        Instant now = Clock.now();
        return db.read(() -> surveys.ofPartnerships(partnershipIds).chain(rows -> {
            List<Survey> latest = partnershipIds.stream()
                    .map(id -> rows.stream().filter(s -> s.partnershipId.equals(id) && s.status(now) == SurveyStatus.CLOSED).findFirst().orElse(null))
                    .filter(Objects::nonNull)
                    .toList();
            Set<UUID> ids = latest.stream().map(s -> s.id).collect(Collectors.toSet());
            return surveys.audiences(ids).chain(audiences -> surveys.questions(ids).chain(questions -> surveys.responses(ids)
                    .chain(responses -> organizations.byIdsInSession(audiences.stream().map(AudienceParty::organizationId).collect(Collectors.toSet()))
                            .map(orgs -> latest.stream().flatMap(s -> flags(s, results(SurveyReader.view(s, audienceOf(s.id, audiences), null, null, false),
                                    questionsOf(s.id, questions), responses, orgs)).stream()).toList()))));
        }));
    }

    private static List<SurveyFlag> flags(Survey survey, ResultsView results) {
        List<SurveyFlag> flags = new ArrayList<>();
        for (var party : results.parties()) {
            party.questions().stream().filter(QuestionResultView::flagged).forEach(q -> flags.add(new SurveyFlag(survey.partnershipId, survey.id.toString(),
                    party.organization().name() + " rates \"" + q.question().text() + "\" red (health pulse round " + survey.round + ")")));
        }
        results.gaps().stream().filter(g -> g.gap() >= AGENDA_GAP).limit(3).forEach(g -> flags.add(new SurveyFlag(survey.partnershipId, survey.id.toString(),
                "The parties see \"" + g.question().text() + "\" differently: a gap of " + Math.round(g.gap()) + " points")));
        return flags;
    }
}
