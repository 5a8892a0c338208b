package com.phiintelligence.sdk.hibernate.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.phiintelligence.sdk.schema.SchemaDifference.Severity;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeRulesTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            integer; integer; SAME
            numeric(10,6); numeric(10,6); SAME
            integer; bigint; HARMLESS
            integer; smallint; HARMLESS
            bigint; integer; HARMLESS
            character varying(255); character varying(100); HARMLESS
            character varying(255); character varying; HARMLESS
            text; character varying(500); HARMLESS
            character varying; text; HARMLESS
            jsonb; json; HARMLESS
            text[]; character varying(20)[]; HARMLESS
            numeric(10,6); numeric(12,6); HARMLESS
            numeric(10,6); numeric(12,8); HARMLESS
            numeric(10,6); numeric; HARMLESS
            numeric(10,2); numeric(11,4); BREAKING
            numeric(10,6); numeric(10,2); BREAKING
            numeric(10,6); numeric(8,6); BREAKING
            numeric; numeric(30,10); BREAKING
            timestamp without time zone; timestamp with time zone; BREAKING
            timestamp with time zone; timestamp without time zone; BREAKING
            timestamp with time zone; timestamp(3) with time zone; BREAKING
            timestamp(3) without time zone; timestamp without time zone; HARMLESS
            text; integer; BREAKING
            integer; numeric(10,0); BREAKING
            boolean; text; BREAKING
            text[]; text; BREAKING
            jsonb; text; BREAKING
            character varying(10); character(10); BREAKING
            """)
    void judgesATypeFoundAgainstTheTypeExpected(String expected, String found, String verdict) {
        Optional<Severity> severity = TypeRules.compare(expected, found);
        if (verdict.equals("SAME")) {
            assertThat(severity).isEmpty();
        } else {
            assertThat(severity).contains(Severity.valueOf(verdict));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            integer; smallint; narrower, the database will refuse values above 32767 that the SDK accepts
            bigint; integer; narrower, the database will refuse values above 2147483647 that the SDK accepts
            bigint; smallint; narrower, the database will refuse values above 32767 that the SDK accepts
            character varying(500); character varying(100); narrower, the database will refuse values longer than 100 characters that the SDK accepts
            text; character varying(500); narrower, the database will refuse values longer than 500 characters that the SDK accepts
            character varying; character varying(20); narrower, the database will refuse values longer than 20 characters that the SDK accepts
            text[]; character varying(20)[]; narrower, the database will refuse elements longer than 20 characters that the SDK accepts
            integer; bigint; -
            smallint; integer; -
            character varying(255); character varying(500); -
            character varying(255); text; -
            character varying(255); character varying; -
            text; character varying; -
            jsonb; json; -
            numeric(10,6); numeric(12,6); -
            timestamp(3) without time zone; timestamp without time zone; -
            text; integer; -
            text[]; character varying(20); -
            """)
    void saysWhatANarrowerToleratedTypeRefuses(String expected, String found, String narrowing) {
        assertThat(TypeRules.narrowing(expected, found)).isEqualTo(Optional.ofNullable(narrowing));
    }
}
