package dev.tandem.governance;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.partnership.PartnershipView;

/** A governance change as subscribers receive it. */
@Name("GovernanceChange")
@Description("Something changed in a partnership's governance. Read the subject (escalation, meeting, …) by its id for its state now; the id of the change is what a subscription resumes `after`.")
public record GovernanceChangeView(
        @Id @NonNull @Description("The change's id: changes are numbered in the order they were committed.") String id,
        @NonNull @Description("What it is about.") GovernanceSubject subject,
        @Id @Description("The escalation, meeting, decision or action item it is about; null for the decision rights and tiers.") String subjectId,
        @NonNull @Description("What happened, as in the audit trail: escalation.opened, escalation.acknowledged, meeting.moved, decision.recorded, …") String action,
        @NonNull @Description("What happened, in a sentence.") String summary,
        @NonNull @Description("When it happened.") Instant at,
        @NonNull @Description("The partnership.") PartnershipView partnership) {
}
