package dev.tandem.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonValue;

/** The organisation claim of a person's token as Keycloak sends it in its several shapes. */
class CallersTest {

    @Test
    void aListOfOneOrganisationNamesIt() {
        assertThat(Callers.organizationOf(Json.createArrayBuilder().add("acme").build())).isEqualTo("acme");
        assertThat(Callers.organizationOf(List.of("acme"))).isEqualTo("acme");
        assertThat(Callers.organizationOf(List.of(Json.createValue("acme")))).isEqualTo("acme");
    }

    @Test
    void anObjectOfOneOrganisationWithItsAttributesNamesItsKey() {
        JsonValue claim = Json.createObjectBuilder()
                .add("acme", Json.createObjectBuilder().add("id", "42").add("domain", Json.createArrayBuilder().add("acme.example")))
                .build();
        assertThat(Callers.organizationOf(claim)).isEqualTo("acme");
    }

    @Test
    void aPlainStringIsTheOrganisation() {
        assertThat(Callers.organizationOf("acme")).isEqualTo("acme");
        assertThat(Callers.organizationOf(Json.createValue("acme"))).isEqualTo("acme");
    }

    @Test
    void severalOrganisationsMeanNoneCanBeChosen() {
        assertThat(Callers.organizationOf(Json.createArrayBuilder().add("acme").add("globex").build())).isNull();
        assertThat(Callers.organizationOf(List.of("acme", "globex"))).isNull();
        assertThat(Callers.organizationOf(Json.createObjectBuilder()
                .add("acme", JsonValue.EMPTY_JSON_OBJECT).add("globex", JsonValue.EMPTY_JSON_OBJECT).build())).isNull();
    }

    @Test
    void noOrganisationIsNull() {
        assertThat(Callers.organizationOf(null)).isNull();
        assertThat(Callers.organizationOf(JsonValue.EMPTY_JSON_ARRAY)).isNull();
        assertThat(Callers.organizationOf(JsonValue.EMPTY_JSON_OBJECT)).isNull();
        assertThat(Callers.organizationOf(List.of())).isNull();
        assertThat(Callers.organizationOf(JsonValue.NULL)).isNull();
    }

    @Test
    void aClaimOfAnotherKindIsNoOrganisation() {
        assertThat(Callers.organizationOf(Json.createArrayBuilder().add(42).build())).isNull();
        assertThat(Callers.organizationOf(Json.createValue(42))).isNull();
        assertThat(Callers.organizationOf(JsonValue.TRUE)).isNull();
    }
}
