package dev.tandem.governance;

import static dev.tandem.support.People.GRACE;
import static dev.tandem.support.People.IAN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import dev.tandem.demo.DemoData;
import dev.tandem.support.DemoReady;
import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A person's meeting calendar behind a secret link: RFC 5545 text, only their meetings, revocable. */
@QuarkusTest
class CalendarTest {

    @Inject
    @Readiness
    DemoData demo;

    static final String CREATE = "mutation { createCalendarLink { url createdAt } }";

    static String path(String email) {
        return URI.create(GraphQLClient.as(Tokens.person(email)).ok(CREATE).getString("data.createCalendarLink.url")).getPath();
    }

    @Test
    void aSecretLinkServesThePersonsMeetingsAsICalendarUntilRevoked() throws InterruptedException {
        DemoReady.await(demo);
        String path = path(GRACE);
        String body = given().get(path).then().statusCode(200).contentType("text/calendar").extract().asString();
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains("VERSION:2.0\r\n", "PRODID:");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n").as("every line ends with CRLF");
        assertThat(Arrays.stream(body.split("\r\n"))).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        String unfolded = body.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Acme × Globex: Steering committee", "SUMMARY:Acme × Globex: Executive sponsors");
        assertThat(unfolded).as("Grace sits in steering and strategic, not in the execution team").doesNotContain("Execution team");

        String ians = given().get(path(IAN)).then().statusCode(200).extract().asString();
        assertThat(ians).doesNotContain("Acme × Globex").as("another partner's meetings do not exist for Ian");

        assertEquals(1, GraphQLClient.as(Tokens.person(GRACE)).ok("mutation { revokeCalendarLinks }").getInt("data.revokeCalendarLinks"));
        given().get(path).then().statusCode(404);
        given().get("/calendar/not-a-secret-at-all-but-long-enough.ics").then().statusCode(404);
        GraphQLClient.as(Tokens.integrator("acme")).fails("FORBIDDEN", CREATE);
    }
}
