package com.phiintelligence.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.error.ValidationException;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void translatesTheLibpqUrlThatNeonPrints() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://neondb_owner:p%40ss:w0rd@ep-purple-firefly-ad04mcgl-pooler"
                + ".c-2.us-east-1.aws.neon.tech/neondb?sslmode=require&channel_binding=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://ep-purple-firefly-ad04mcgl-pooler.c-2.us-east-1.aws.neon.tech"
                + "/neondb?sslmode=require&channelBinding=require");
        assertThat(url.username()).isEqualTo("neondb_owner");
        assertThat(url.password()).isEqualTo("p@ss:w0rd");
        assertThat(url.toString()).doesNotContain("p@ss").contains("****");
    }

    @Test
    void keepsPortsAndTheShortScheme() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u@localhost:6543/db");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:6543/db");
        assertThat(url.username()).isEqualTo("u");
        assertThat(url.password()).isNull();
    }

    @Test
    void usesJdbcUrlsAsGiven() {
        DatabaseUrl url = DatabaseUrl.parse(" jdbc:postgresql://h:5432/db?ssl=true ");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?ssl=true");
        assertThat(url.username()).isNull();
    }

    @Test
    void liftsCredentialsOutOfTheQueryOfEitherForm() {
        DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://h/db?user=app&password=s%26cret&sslmode=require");
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?sslmode=require");
        assertThat(jdbc.username()).isEqualTo("app");
        assertThat(jdbc.password()).isEqualTo("s&cret");
        assertThat(jdbc.toString()).doesNotContain("cret");

        DatabaseUrl libpq = DatabaseUrl.parse("postgresql://h/db?password=pw&connect_timeout=5&user=app");
        assertThat(libpq.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?connectTimeout=5");
        assertThat(libpq.username()).isEqualTo("app");
        assertThat(libpq.password()).isEqualTo("pw");

        DatabaseUrl both = DatabaseUrl.parse("postgresql://owner:pw2@h/db?user=other&password=pw3");
        assertThat(both.username()).isEqualTo("owner");
        assertThat(both.password()).isEqualTo("pw2");
        assertThat(both.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
    }

    @Test
    void redactsEveryPasswordForMessages() {
        assertThat(DatabaseUrl.redact("jdbc:postgresql://h/db?sslmode=require&PASSWORD=a1&sslpassword=b2&x=y"))
                .isEqualTo("jdbc:postgresql://h/db?sslmode=require&PASSWORD=****&sslpassword=****&x=y");
        assertThat(DatabaseUrl.redact("jdbc:postgresql://u:c3@h:5432/db")).isEqualTo("jdbc:postgresql://****@h:5432/db");
        assertThat(DatabaseUrl.redact("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
        PhiConfig config = PhiConfig.builder().url("jdbc:postgresql://h/db?password=d4&sslpassword=e5").build();
        assertThat(config.password()).isEqualTo("d4");
        assertThat(config.toString()).doesNotContain("d4").doesNotContain("e5");
    }

    @Test
    void rejectsWhatIsNotAPostgresUrl() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://h/db"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("url");
                    assertThat(e.rule()).contains("must start with");
                });
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql:///db"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo("must name a host"));
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:p@localhost:abc/db"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("port").contains("abc"));
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://h1:5432,h2:70000/db"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("70000"));
        assertThat(DatabaseUrl.parse("postgresql://[::1]:6543,h2/db").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:6543,h2/db");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:%zz@h/db"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("percent-escape"));
    }
}
