package org.xuncha.platform.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParametersTest {

    enum Colour { RED, GREEN }

    @Test
    void onlyTheCanonicalFormOfAUuidIsAnId() {
        assertThat(Parameters.isId("0193a3c4-1f0e-7d22-a1f4-32e5b7c0d9a1")).isTrue();
        assertThat(Parameters.isId("1-1-1-1-1")).isFalse();
        assertThat(Parameters.isId("0193a3c4-1f0e-7d22-a1f4-32e5b7c0d9a ")).isFalse();
        assertThat(Parameters.isId("０193a3c4-1f0e-7d22-a1f4-32e5b7c0d9a1")).isFalse();
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWhatItShouldBe() {
        assertThat(Parameters.problemWith(int.class, "limit", "abc")).isEqualTo("must be a whole number");
        assertThat(Parameters.problemWith(int.class, "limit", "99999999999")).isEqualTo("must be a whole number");
        assertThat(Parameters.problemWith(int.class, "limit", "20")).isNull();
        assertThat(Parameters.problemWith(UUID.class, "id", "a b")).startsWith("is not an id");
        assertThat(Parameters.problemWith(Boolean.class, "overdue", "yes")).isEqualTo("must be true or false");
        assertThat(Parameters.problemWith(LocalDate.class, "asOf", "2024-02-30")).startsWith("must be a date");
        assertThat(Parameters.problemWith(LocalDate.class, "asOf", "+99999-01-01")).isNotNull();
        assertThat(Parameters.problemWith(Colour.class, "colour", "BLUE")).isEqualTo("must be one of RED, GREEN");
        assertThat(Parameters.problemWith(String.class, "name", "a\u0000")).contains("control characters");
        assertThat(Parameters.problemWith(String.class, "cursor", "x".repeat(5000))).isNotNull();
    }
}
