package dev.tandem.demo;

import static dev.tandem.demo.DemoPeople.ALICE;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.metric.Rag;
import dev.tandem.organization.Organization;
import dev.tandem.organization.OrganizationService;
import dev.tandem.partnership.PartnershipView;
import dev.tandem.survey.Recurrence;
import dev.tandem.survey.SurveyImport;
import dev.tandem.survey.SurveyImport.PastResponse;
import dev.tandem.survey.SurveyInputs;
import dev.tandem.survey.Surveys;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Seeds the health pulse: three past monthly rounds answered by five people on each side (Globex rates dependency
 * management and feedback loops red at first, improving; Acme is greener: a gap and a trend to see), then an open
 * round that the demo users answer themselves.
 */
@ApplicationScoped
class DemoSurveys {

    private static final List<String> ACME = List.of("alice", "aaron", "amy", "arjun", "ada");
    private static final List<String> GLOBEX = List.of("grace", "gus", "gina", "gil", "gwen");

    private final Db db;
    private final OrganizationService organizations;
    private final SurveyImport imports;
    private final Surveys surveys;

    DemoSurveys(Db db, OrganizationService organizations, SurveyImport imports, Surveys surveys) {
        this.db = db;
        this.organizations = organizations;
        this.imports = imports;
        this.surveys = surveys;
    }

    Uni<Void> seed(PartnershipView partnership) {
        UUID partnershipId = UUID.fromString(partnership.id());
        UUID series = UUID.randomUUID();
        Instant now = Clock.now().truncatedTo(ChronoUnit.HOURS);
        return db.read(() -> organizations.ofSlugInSession("acme").chain(acme -> organizations.ofSlugInSession("globex").map(globex -> List.of(acme, globex))))
                .chain(parties -> {
                    Uni<UUID> chain = Uni.createFrom().nullItem();
                    for (int round = 1; round <= 3; round++) {
                        int r = round;
                        Instant closes = now.minus(25 + 30L * (3 - r), ChronoUnit.DAYS);
                        chain = chain.chain(() -> imports.pastRound(ALICE, partnershipId, series, r, closes.minus(14, ChronoUnit.DAYS), closes,
                                responses(parties.get(0), parties.get(1), r)));
                    }
                    return chain;
                })
                .chain(() -> surveys.create(ALICE, new SurveyInputs.Create(partnership.id(), null, null, now.minus(2, ChronoUnit.DAYS),
                        now.plus(12, ChronoUnit.DAYS), Recurrence.MONTHLY, null, null)))
                .replaceWithVoid();
    }

    /** Round {@code round}'s answers: Acme mostly green; Globex red on dependencies (3) and feedback (5) at first, better each round. */
    private static List<PastResponse> responses(Organization acme, Organization globex, int round) {
        List<PastResponse> responses = new ArrayList<>();
        for (int p = 0; p < ACME.size(); p++) {
            List<Rag> checklist = new ArrayList<>();
            for (int item = 0; item < 9; item++) {
                checklist.add((item + p + round) % 7 == 0 ? Rag.AMBER : Rag.GREEN);
            }
            responses.add(new PastResponse(acme.id, ACME.get(p), checklist, 8 + (p + round) % 3, p == 0 && round == 3 ? "Globex's drivers make the joint offer." : null));
        }
        for (int p = 0; p < GLOBEX.size(); p++) {
            List<Rag> checklist = new ArrayList<>();
            for (int item = 0; item < 9; item++) {
                boolean sore = item == 3 || item == 5;
                checklist.add(sore ? (p < 4 - round ? Rag.RED : Rag.AMBER) : (item + p) % 4 == 0 ? Rag.AMBER : Rag.GREEN);
            }
            responses.add(new PastResponse(globex.id, GLOBEX.get(p), checklist, 5 + round + p % 2,
                    p == 1 ? "We learn about Acme's stock-outs from our own customers." : null));
        }
        return responses;
    }
}
