package org.xuncha.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Body(String name, int count, boolean urgent, LocalDate day, OffsetDateTime at, List<String> notes) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Body read(String text) throws Exception {
        return json.readValue(text, Body.class);
    }

    @Test
    void aWellFormedBodyIsRead() throws Exception {
        Body body = read("""
                {"name":"某局\\t党组\\n","count":3,"urgent":true,"day":"2024-03-01","at":"2024-03-01T08:00:00+08:00","notes":["a"]}""");
        assertThat(body.count()).isEqualTo(3);
        assertThat(body.day()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void anythingAfterTheJsonValueIsRefused() {
        assertThatThrownBy(() -> read("{\"name\":\"a\"} x")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> read("{\"name\":\"a\"} \"x\"")).isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Trailing token");
        assertThatThrownBy(() -> read("{\"name\":\"a\"}{}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aNumberOrABooleanIsNotReadAsText() {
        assertThatThrownBy(() -> read("{\"name\":12}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"name\":true}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"notes\":[1]}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void textIsNotReadAsANumberOrABooleanNorAFractionAsAWholeNumber() {
        assertThatThrownBy(() -> read("{\"count\":\"3\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"count\":3.5}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"urgent\":\"true\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"urgent\":1}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void controlCharactersInTextAreRefusedNamingTheField() {
        assertThatThrownBy(() -> read("{\"name\":\"a\\u0000b\"}")).isInstanceOf(RefusedValue.class)
                .satisfies(refused -> assertThat(((RefusedValue) refused).getPathReference()).contains("name"));
        assertThatThrownBy(() -> read("{\"notes\":[\"ok\",\"\\u001b[31m\"]}")).isInstanceOf(RefusedValue.class)
                .satisfies(refused -> assertThat(((RefusedValue) refused).getPath()).hasSize(2));
        assertThatThrownBy(() -> read("{\"name\":\"\\u007f\"}")).isInstanceOf(RefusedValue.class);
    }

    @Test
    void datesOutsideTheSaneYearsAreRefused() {
        assertThatThrownBy(() -> read("{\"day\":\"+99999-01-01\"}")).isInstanceOf(RefusedValue.class);
        assertThatThrownBy(() -> read("{\"day\":\"1948-12-31\"}")).isInstanceOf(RefusedValue.class);
        assertThatThrownBy(() -> read("{\"day\":\"2101-01-01\"}")).isInstanceOf(RefusedValue.class);
        assertThatThrownBy(() -> read("{\"at\":\"+20000-01-01T00:00:00Z\"}")).isInstanceOf(RefusedValue.class);
        assertThat(StrictJson.saneYear(1949)).isTrue();
        assertThat(StrictJson.saneYear(2100)).isTrue();
    }
}
