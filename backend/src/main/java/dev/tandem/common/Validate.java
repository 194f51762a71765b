package dev.tandem.common;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.tandem.common.error.ValidationFailed;

/** Input checks shared by the services; each failure names the field. */
public final class Validate {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");

    private Validate() {
    }

    /** Trimmed text of 1..max characters. */
    public static String required(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new ValidationFailed(field, field + " must not be blank.");
        }
        return bounded(field, trimmed, max);
    }

    /** Trimmed text of at most max characters; blank becomes null. */
    public static String optional(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        return trimmed.isEmpty() ? null : bounded(field, trimmed, max);
    }

    private static String bounded(String field, String value, int max) {
        if (value.codePointCount(0, value.length()) > max) {
            throw new ValidationFailed(field, field + " must be at most " + max + " characters.");
        }
        return value;
    }

    public static String email(String field, String value) {
        String email = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            throw new ValidationFailed(field, "'" + abbreviate(value) + "' is not an email address.");
        }
        return email;
    }

    public static String slug(String field, String value) {
        String slug = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(slug).matches()) {
            throw new ValidationFailed(field, "'" + abbreviate(value) + "' is not an organisation slug.");
        }
        return slug;
    }

    /** A date a partnership may plausibly use (years 2000 to 2100). */
    public static LocalDate plausibleDate(String field, LocalDate date) {
        if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
            throw new ValidationFailed(field, field + " must be between 2000 and 2100.");
        }
        return date;
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
