package dev.tandem.governance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.tandem.common.Clock;
import dev.tandem.common.config.TandemConfig;
import dev.tandem.common.db.Db;
import dev.tandem.common.db.NativeSql;
import dev.tandem.common.error.Forbidden;
import dev.tandem.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Secret links to a person's meeting calendar: made and revoked by the person; only a hash of the secret is kept. */
@ApplicationScoped
public class CalendarLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Name("CalendarLink")
    @Description("The address of your meeting calendar (iCalendar): shown once; anyone with it reads your meetings until you revoke it.")
    public record LinkView(
            @NonNull @Description("Subscribe to this address in your calendar application.") String url,
            @NonNull @Description("When it was made.") Instant createdAt) {
    }

    private final Db db;
    private final String publicUrl;

    public CalendarLinks(Db db, TandemConfig config) {
        this.db = db;
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    public Uni<LinkView> create(Caller caller) {
        String email = personOf(caller);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Clock.now();
        return db.write(() -> NativeSql.execute("INSERT INTO calendar_link (id, email, token_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
                        UUID.randomUUID(), email, hash(token), now))
                .map(ignored -> new LinkView(publicUrl + "/calendar/" + token + ".ics", now));
    }

    /** Revokes every link of the caller's; answers how many were still in use. */
    public Uni<Integer> revokeAll(Caller caller) {
        String email = personOf(caller);
        return db.write(() -> NativeSql.execute("UPDATE calendar_link SET revoked_at = ?1 WHERE email = ?2 AND revoked_at IS NULL", Clock.now(), email));
    }

    /** The email of the person whose link this is, or null for an unknown or revoked one. */
    Uni<String> emailOf(String token) {
        return db.read(() -> Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT email FROM calendar_link WHERE token_hash = ?1 AND revoked_at IS NULL", String.class)
                .setParameter(1, hash(token))
                .getResultList()))
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    private static String personOf(Caller caller) {
        if (!caller.isPerson() || caller.email() == null) {
            throw new Forbidden("Calendar links are for people; an integrator reads meetings through the API.");
        }
        return caller.email().toLowerCase();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
