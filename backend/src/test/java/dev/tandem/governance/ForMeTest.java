package dev.tandem.governance;

import static dev.tandem.support.People.AARON;
import static dev.tandem.support.People.GRACE;
import static dev.tandem.support.People.IAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import dev.tandem.demo.DemoData;
import dev.tandem.support.DemoReady;
import dev.tandem.support.GraphQLClient;
import dev.tandem.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** "For me": what waits on each person of the demo partnership, and nothing of it for anyone else. */
@QuarkusTest
class ForMeTest {

    @Inject
    @Readiness
    DemoData demo;

    static final String FOR_ME = """
            { me { forMe { actionItems { title overdue owner { email } partnership { name } meeting { id title partnership { name } } }
              escalations { tier summary partnership { name } } meetingsThisWeek { tier title startsAt partnership { name } }
              surveysToAnswer { title round partnership { name } } } } }""";

    static JsonPath forMe(String token) {
        return GraphQLClient.as(token).ok(FOR_ME).setRootPath("data.me.forMe");
    }

    @Test
    void eachPersonSeesWhatWaitsOnThem() throws InterruptedException {
        DemoReady.await(demo);
        JsonPath aaron = forMe(Tokens.person(AARON));
        assertThat(aaron.getList("actionItems.title")).contains("Send the carrier contracts to Globex legal");
        assertThat(aaron.getList("actionItems.owner.email")).containsOnly(AARON);
        assertThat(aaron.getList("actionItems.partnership.name")).as("each item says where it belongs").doesNotContainNull().contains("Acme × Globex");
        assertThat(aaron.getList("actionItems.meeting.title")).as("and which meeting agreed it").doesNotContainNull();
        assertThat(aaron.getList("meetingsThisWeek.partnership.name")).doesNotContainNull().contains("Acme × Globex");
        assertThat(aaron.getList("meetingsThisWeek.tier")).as("Aaron leads: the execution team meets weekly").contains("EXECUTION").doesNotContain("STRATEGIC");

        JsonPath grace = forMe(Tokens.person(GRACE));
        assertThat(grace.getList("escalations.tier")).as("the escalation raised to the executive sponsors").contains("STRATEGIC");
        assertThat(grace.getList("actionItems")).as("Grace owns no action item").isEmpty();
        assertThat(grace.getList("surveysToAnswer.title")).contains("Health pulse");
        assertThat(grace.getList("escalations.partnership.name")).doesNotContainNull().contains("Acme × Globex");
        assertThat(grace.getList("surveysToAnswer.partnership.name")).doesNotContainNull().contains("Acme × Globex");

        JsonPath ian = forMe(Tokens.person(IAN));
        assertThat(ian.getList("actionItems")).isEmpty();
        assertThat(ian.getList("escalations")).isEmpty();
        assertThat(ian.getList("surveysToAnswer")).isEmpty();
        assertEquals(List.of(), forMe(Tokens.integrator("acme")).getList("meetingsThisWeek"));
    }
}
