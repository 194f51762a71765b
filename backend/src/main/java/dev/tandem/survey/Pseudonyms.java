package dev.tandem.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.tandem.common.security.SecuritySettings;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The name a person's response goes by in one round: HMAC-SHA256 of the round and the person under a key
 * only the service holds. The same person gets the same pseudonym within a round (so a resubmission replaces)
 * and unrelated ones across rounds; without the key, not even the database ties a response to a person.
 */
@ApplicationScoped
public class Pseudonyms {

    static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    public Pseudonyms(SecuritySettings settings) {
        String secret = settings.pseudonymKey().orElse("");
        if (secret.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("TANDEM_PSEUDONYM_KEY must be set to a secret of at least " + MIN_KEY_LENGTH
                    + " characters (the key under which survey responses are stored instead of the person)");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Fails the start, not the first answer, when the key is missing. */
    void check(@Observes StartupEvent event) {
        // constructing this bean has checked the key
    }

    String of(UUID surveyId, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((surveyId + "|" + subject).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
