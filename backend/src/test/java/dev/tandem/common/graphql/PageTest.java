package dev.tandem.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tandem.common.error.LimitExceeded;
import dev.tandem.common.error.TandemException;
import dev.tandem.common.error.ValidationFailed;

/** A page request as clients send it: the size bounds of {@code first} and the opaque {@code after} cursor. */
class PageTest {

    private static final UUID ID = UUID.fromString("0b7d8c3e-5a41-4f7e-9d0a-2f1e6c3b9a10");

    @Test
    void aCursorReadsBackAsThePositionItWasMadeFrom() {
        Instant at = Instant.parse("2026-03-15T12:34:56.123456Z");
        Page page = Page.of(10, Page.cursor(at, ID), 100);
        assertThat(page).isEqualTo(new Page(10, at, ID));
        assertThat(page.hasCursor()).isTrue();
    }

    @Test
    void aCursorKeepsMicrosecondsAsPostgreSqlDoesAndDropsNanoseconds() {
        Page page = Page.of(1, Page.cursor(Instant.parse("2026-03-15T12:34:56.123456789Z"), ID), 100);
        assertThat(page.afterAt()).isEqualTo(Instant.parse("2026-03-15T12:34:56.123456Z"));
    }

    @Test
    void aCursorIsUrlSafeAndUnpadded() {
        for (int i = 0; i < 50; i++) {
            assertThat(Page.cursor(Instant.ofEpochSecond(1_700_000_000L + i * 7919L, i * 1000L), UUID.randomUUID()))
                    .matches("[A-Za-z0-9_-]+");
        }
    }

    @Test
    void withoutACursorThePageStartsAtTheNewest() {
        Page page = Page.of(5, null, 100);
        assertThat(page).isEqualTo(new Page(5, null, null));
        assertThat(page.hasCursor()).isFalse();
    }

    @Test
    void withoutFirstAPageHoldsTwenty() {
        assertThat(Page.of(null, null, 100).first()).isEqualTo(20);
    }

    @Test
    void firstMayBeZeroOrTheLargestPageButNotLess() {
        assertThat(Page.of(0, null, 100).first()).isZero();
        assertThat(Page.of(100, null, 100).first()).isEqualTo(100);
        assertFails(() -> Page.of(-1, null, 100), ValidationFailed.class, "first");
    }

    @Test
    void firstOverTheLargestPageIsALimitNotBadInput() {
        assertFails(() -> Page.of(101, null, 100), LimitExceeded.class, "first");
        assertFails(() -> Page.of(Integer.MAX_VALUE, null, 100), LimitExceeded.class, "first");
    }

    @Test
    void aCursorThatIsNotBase64IsRejectedNamingAfter() {
        assertFails(() -> Page.of(10, "not a cursor!", 100), ValidationFailed.class, "after");
        assertFails(() -> Page.of(10, "", 100), ValidationFailed.class, "after");
    }

    @Test
    void aCursorOfAnotherShapeIsRejectedNamingAfter() {
        assertFails(() -> Page.of(10, encode("c2:1:" + ID), 100), ValidationFailed.class, "after");     // another version
        assertFails(() -> Page.of(10, encode("c1:1"), 100), ValidationFailed.class, "after");            // too few parts
        assertFails(() -> Page.of(10, encode("c1:1:" + ID + ":x"), 100), ValidationFailed.class, "after"); // too many
        assertFails(() -> Page.of(10, encode("c1:soon:" + ID), 100), ValidationFailed.class, "after");   // no number
        assertFails(() -> Page.of(10, encode("c1:99999999999999999999:" + ID), 100), ValidationFailed.class, "after"); // too long
        assertFails(() -> Page.of(10, encode("c1:1:not-a-uuid"), 100), ValidationFailed.class, "after");
    }

    @Test
    void theSizeIsCheckedBeforeTheCursor() {
        assertFails(() -> Page.of(-1, "not a cursor!", 100), ValidationFailed.class, "first");
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertFails(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Class<? extends TandemException> type, String field) {
        assertThatThrownBy(call).isExactlyInstanceOf(type).satisfies(e -> assertThat(((TandemException) e).field()).isEqualTo(field));
    }
}
