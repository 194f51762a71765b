package dev.tandem.demo;

import static dev.tandem.demo.DemoPeople.ALICE;
import static dev.tandem.demo.DemoPeople.GRACE;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import dev.tandem.common.Clock;
import dev.tandem.common.db.Db;
import dev.tandem.common.graphql.Provided;
import dev.tandem.partnership.GovernanceModel;
import dev.tandem.partnership.MemberRole;
import dev.tandem.partnership.Memberships;
import dev.tandem.partnership.Partnership;
import dev.tandem.partnership.PartnershipInputs;
import dev.tandem.partnership.PartnershipReader;
import dev.tandem.partnership.PartnershipService;
import dev.tandem.partnership.PartnershipStatus;
import dev.tandem.partnership.PartnershipView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Seeds the partnership "Acme × Globex": created by Alice, accepted by Grace, Aaron made a lead, then active. */
@ApplicationScoped
class DemoPartnership {

    static final String NAME = "Acme × Globex";

    private final Db db;
    private final PartnershipService partnerships;
    private final PartnershipReader reader;
    private final Memberships memberships;

    DemoPartnership(Db db, PartnershipService partnerships, PartnershipReader reader, Memberships memberships) {
        this.db = db;
        this.partnerships = partnerships;
        this.reader = reader;
        this.memberships = memberships;
    }

    /** Whether an earlier start already loaded the data set. */
    Uni<Boolean> present() {
        return db.read(() -> Partnership.count("name", NAME)).map(count -> count > 0);
    }

    Uni<PartnershipView> seed() {
        LocalDate start = Clock.now().atZone(ZoneOffset.UTC).toLocalDate().minusDays(30);
        return partnerships.create(ALICE, new PartnershipInputs.Create(NAME,
                        "Acme and Globex bring Acme's industrial supplies to Globex's logistics network: one joint offer, "
                                + "next-day delivery in 12 regions, and shared customer support by the end of next year.",
                        GovernanceModel.INTEGRATED_OPERATIONAL_PARTNERSHIP, List.of("globex"), start))
                .call(p -> memberships.accept(GRACE, p.id()))
                .call(p -> memberships.setMemberRole(ALICE, new PartnershipInputs.SetMemberRole(p.id(), "aaron@acme.example", MemberRole.CONTRIBUTOR)))
                .call(p -> memberships.setMemberRole(ALICE, new PartnershipInputs.SetMemberRole(p.id(), "aaron@acme.example", MemberRole.LEAD)))
                .chain(p -> reader.get(ALICE, p.id()))
                .chain(p -> partnerships.update(ALICE, new PartnershipInputs.Update(p.id(), p.version(), null, null, null, PartnershipStatus.ACTIVE, null), Provided.NONE));
    }
}
