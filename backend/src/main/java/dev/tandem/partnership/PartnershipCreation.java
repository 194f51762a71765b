package dev.tandem.partnership;

import io.smallrye.mutiny.Uni;

/**
 * What another feature does when a partnership is created (plan drafts version 1 of its plan): called
 * inside the creating unit of work, so it commits or rolls back with the partnership. Partnership
 * announces through this interface instead of importing the features above it.
 */
public interface PartnershipCreation {

    /** Persists what the new partnership starts with, in the current session and transaction. */
    Uni<Void> created(Partnership partnership, String createdBy);
}
