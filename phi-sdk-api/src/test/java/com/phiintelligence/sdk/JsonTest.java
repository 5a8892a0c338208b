package com.phiintelligence.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesMapsListsAndScalars() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "Zoë \"the\" bot\n");
        doc.put("n", 3);
        doc.put("cost", new BigDecimal("0.000001"));
        doc.put("ok", true);
        doc.put("none", null);
        doc.put("list", Arrays.asList(1, "two", null, Map.of("x", 1.5)));
        assertThat(Json.of(doc).text()).isEqualTo(
                "{\"name\":\"Zoë \\\"the\\\" bot\\n\",\"n\":3,\"cost\":0.000001,\"ok\":true,\"none\":null,"
                        + "\"list\":[1,\"two\",null,{\"x\":1.5}]}");
    }

    @Test
    void refusesWhatJsonCannotHold() {
        assertThatThrownBy(() -> Json.of(Map.of("x", Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.of(Map.of("x", new Object()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.of("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Json.of(" [1] ")).isEqualTo(Json.of("[1]"));
        assertThat(Json.of(List.of()).text()).isEqualTo("[]");
    }
}
