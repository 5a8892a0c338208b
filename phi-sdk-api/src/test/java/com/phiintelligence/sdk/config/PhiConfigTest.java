package com.phiintelligence.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.error.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PhiConfigTest {

    @Test
    void hasSensibleDefaults() {
        PhiConfig config = PhiConfig.of("jdbc:postgresql://localhost/phi");
        assertThat(config.poolSize()).isEqualTo(10);
        assertThat(config.migrateOnStart()).isTrue();
        assertThat(config.sdkSchema()).isEqualTo("phi_sdk");
        assertThat(config.connectionTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void explicitCredentialsOverrideThoseOfTheUrl() {
        PhiConfig config = PhiConfig.builder().url("postgresql://a:b@h/db").password("secret-pw").build();
        assertThat(config.username()).isEqualTo("a");
        assertThat(config.password()).isEqualTo("secret-pw");
        assertThat(config.toString()).doesNotContain("secret-pw").contains("password=****");
    }

    @Test
    void namesThePropertyThatIsWrong() {
        assertRejected(PhiConfig.builder(), "url", "must be given");
        assertRejected(PhiConfig.builder().url("jdbc:postgresql://h/db").poolSize(0), "poolSize", "must be between 1 and 1000");
        assertRejected(PhiConfig.builder().url("jdbc:postgresql://h/db").sdkSchema("Bad-Name"), "sdkSchema",
                "must be a lower-case identifier (letters, digits, underscores; at most 63)");
        assertRejected(PhiConfig.builder().url("jdbc:postgresql://h/db").connectionTimeout(Duration.ofMillis(10)),
                "connectionTimeout", "must be at least 250 ms");
    }

    @Test
    void nullIsAValidationExceptionAtBuildNamingTheProperty() {
        assertRejected(PhiConfig.builder().url(null), "url", "must be given");
        assertRejected(PhiConfig.builder().url("jdbc:postgresql://h/db").connectionTimeout(null), "connectionTimeout",
                "must be given");
        assertRejected(PhiConfig.builder().url("jdbc:postgresql://h/db").sdkSchema(null), "sdkSchema", "must be given");
        assertThatThrownBy(() -> PhiConfig.of(null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("url"));
    }

    @Test
    void nullCredentialsMeanThoseOfTheUrl() {
        PhiConfig config = PhiConfig.builder().url("postgresql://a:b@h/db").username(null).password(null).build();
        assertThat(config.username()).isEqualTo("a");
        assertThat(config.password()).isEqualTo("b");
    }

    @Test
    void refusesANegativeTimeout() {
        assertRejected(PhiConfig.builder().url("jdbc:postgresql://h/db").connectionTimeout(Duration.ofSeconds(-1)),
                "connectionTimeout", "must be at least 250 ms");
    }

    @Test
    void refusesTheSchemasThatPostgresqlReserves() {
        for (String reserved : new String[] {"public", "information_schema", "pg_catalog", "pg_toast", "pg_temp_3", "pg_anything"}) {
            assertRejected(PhiConfig.builder().url("jdbc:postgresql://h/db").sdkSchema(reserved), "sdkSchema",
                    "must not be public, information_schema or a pg_ schema (PostgreSQL reserves them)");
        }
        for (String reserved : new String[] {"user", "select", "order", "table", "left", "system_user"}) {
            assertRejected(PhiConfig.builder().url("jdbc:postgresql://h/db").sdkSchema(reserved), "sdkSchema",
                    "must not be an SQL reserved word such as user or select");
        }
        assertRejected(PhiConfig.builder().url("jdbc:postgresql://h/db").connectionTimeout(java.time.Duration.ofDays(365_000_000)),
                "connectionTimeout", "must be at most 24 hours");
        assertThat(PhiConfig.builder().url("jdbc:postgresql://h/db").sdkSchema("users").build().sdkSchema()).isEqualTo("users");
        assertThat(PhiConfig.builder().url("jdbc:postgresql://h/db").sdkSchema("phi_pg_state").build().sdkSchema())
                .isEqualTo("phi_pg_state");
    }

    private static void assertRejected(PhiConfig.Builder builder, String field, String rule) {
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }
}
