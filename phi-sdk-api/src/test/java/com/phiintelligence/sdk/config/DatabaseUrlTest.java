package com.phiintelligence.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.error.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
    private static final String PORT_RULE = "has a port that is not a number from 1 to 65535";

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

        assertParsed("postgresql://h/db?password=pw&connect_timeout=5&user=app", "jdbc:postgresql://h/db?connectTimeout=5",
                "app", "pw");
        assertParsed("postgresql://owner:pw2@h/db?user=other&password=pw3", "jdbc:postgresql://h/db", "owner", "pw2");
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
    void takesSecretParametersOutOfTheUrlForTheDriverProperties() {
        DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://h/db?sslmode=verify-full&sslpassword=k%40y%2Fpw&sslkey=/k.pk8");
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?sslmode=verify-full&sslkey=/k.pk8");
        assertThat(jdbc.secretParameters()).containsExactly(Map.entry("sslpassword", "k@y/pw"));
        assertThat(jdbc.toString()).doesNotContain("k@y").doesNotContain("k%40y").contains("secrets=[sslpassword]");

        DatabaseUrl libpq = DatabaseUrl.parse("postgresql://u:p@h/db?SSLPassword=s3cr3t&sslmode=require");
        assertThat(libpq.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?sslmode=require");
        assertThat(libpq.secretParameters()).containsExactly(Map.entry("SSLPassword", "s3cr3t"));

        PhiConfig config = PhiConfig.of("postgresql://u:p@h/db?sslpassword=s3cr3t");
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(config.secretParameters()).containsExactly(Map.entry("sslpassword", "s3cr3t"));
        assertThat(config.toString()).doesNotContain("s3cr3t");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db").secretParameters()).isEmpty();
    }

    @Test
    void readsAQuestionMarkInThePasswordAsLibpqDoes() {
        assertParsed("postgresql://u:Se?cr3tPW@h/db", "jdbc:postgresql://h/db", "u", "Se?cr3tPW");
        assertParsed("postgresql://phi:54321?x@127.0.0.1:5432/demo1", "jdbc:postgresql://127.0.0.1:5432/demo1", "phi", "54321?x");
        assertParsed("postgres://us?er:pw@h:6543", "jdbc:postgresql://h:6543/", "us?er", "pw");
    }

    @Test
    void readsAnAtInTheValueOfTheUserOrAPasswordParameterWhenNoUserInformationPrecedesIt() {
        assertParsed("postgresql://h/db?user=a@b.com&sslmode=require", "jdbc:postgresql://h/db?sslmode=require", "a@b.com", null);
        assertParsed("postgresql://h?user=me@server&password=p@ss", "jdbc:postgresql://h/", "me@server", "p@ss");
        DatabaseUrl sslPassword = DatabaseUrl.parse("postgresql://h/db?sslpassword=k3y@v4l");
        assertThat(sslPassword.toString()).doesNotContain("k3y").doesNotContain("v4l");
    }

    @Test
    void refusesAUrlWhoseUserInformationCouldBeAHostPortAndQuery() {
        assertRefused("postgresql://h:5432?user=me@server", UrlParts.AMBIGUOUS_RULE);
        assertThat(UrlParts.AMBIGUOUS_RULE).startsWith("is ambiguous");
        // the two ways out that the rule and the README give
        assertThat(DatabaseUrl.parse("postgresql://h:5432/?user=me@server").username()).isEqualTo("me@server");
        assertThat(DatabaseUrl.parse("postgresql://h:5432?user=me%40server").username()).isEqualTo("me@server");
        assertThat(DatabaseUrl.parse("postgresql://u:pass%3Fword@server").password()).isEqualTo("pass?word");
    }

    private static void assertParsed(String url, String jdbcUrl, String username, String password) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        assertThat(parsed.jdbcUrl()).as(url).isEqualTo(jdbcUrl);
        assertThat(parsed.username()).as(url).isEqualTo(username);
        assertThat(parsed.password()).as(url).isEqualTo(password);
    }

    @Test
    void neverShowsAnyPartOfTheUserInformationOrAPassword() {
        // each URL with the tokens of its secret that must appear in no message, cause and toString
        List<List<String>> cases = List.of(
                List.of("postgresql://phi:54321?x@127.0.0.1:5432/demo1", "54321"),
                List.of("postgresql://u:Se?cr3tPW@h/db", "Se?", "cr3tPW"),
                List.of("postgresql://phi:54321/x9Q@127.0.0.1:5432/demo1", "54321", "x9Q"),
                List.of("postgresql://u:evil.example.com@h/db", "evil"),
                List.of("postgresql://u:evil.example.com/x9Q@h/db", "evil", "x9Q"),
                List.of("postgresql://u:/var/run/pw9Z@h/db", "var", "pw9Z"),
                List.of("postgresql://u:5432?user=x9Q/y@h/db", "5432", "x9Q"),
                List.of("postgresql://u:5432?x9Q/y@h/db", "5432", "x9Q"),
                List.of("postgresql://u:Se?cr3tPW@h:abc/db", "Se?", "cr3tPW"),
                List.of("postgresql://u:Se?cr3t=PW@h:99999/db", "Se?", "cr3t"),
                List.of("postgresql://u:k3y@v4l@h/db", "k3y", "v4l"),
                List.of("postgresql://u:%zzSecret@h/db", "zzSecret"),
                List.of("postgresql://h?user=me@server&password=pw9Z", "pw9Z"),
                List.of("jdbc:postgresql://h/db?sslpassword=k3y@v4l", "k3y", "v4l"));
        for (List<String> c : cases) {
            String url = c.get(0);
            List<String> secrets = c.subList(1, c.size());
            try {
                DatabaseUrl parsed = DatabaseUrl.parse(url);
                for (String shown : List.of(parsed.toString(), DatabaseUrl.redact(parsed.jdbcUrl()), DatabaseUrl.redact(url),
                        PhiConfig.of(url).toString())) {
                    assertThat(secrets).as("%s shows %s", url, shown).noneMatch(shown::contains);
                }
            } catch (ValidationException e) {
                assertThat(e.field()).isEqualTo("url");
                for (Throwable t = e; t != null; t = t.getCause()) {
                    String message = t.toString();
                    assertThat(secrets).as("%s gives %s", url, message).noneMatch(message::contains);
                }
                String redacted = DatabaseUrl.redact(url);
                assertThat(secrets).as("%s redacted to %s", url, redacted).noneMatch(redacted::contains);
            }
        }
    }

    @Test
    void redactsUserInformationWhateverItHolds() {
        assertThat(DatabaseUrl.redact("jdbc:postgresql://u:Se?cr3t@h/db?password=x")).isEqualTo("jdbc:postgresql://****@h/db?password=****");
        assertThat(DatabaseUrl.redact("jdbc:postgresql://u:54321/x9Q@h/db")).isEqualTo("jdbc:postgresql://****");
        assertThat(DatabaseUrl.redact("jdbc:postgresql://h/db?user=a@b.com")).isEqualTo("jdbc:postgresql://h/db?user=a@b.com");
    }

    @Test
    void checksTheHostsAndPortsOfAJdbcUrlAtBuildTime() {
        assertRefused("jdbc:postgresql://h:abc/db", PORT_RULE);
        assertRefused("jdbc:postgresql://h:0/db", PORT_RULE);
        assertRefused("jdbc:postgresql://h1:5432,h2:65536/db", PORT_RULE);
        assertRefused("jdbc:postgresql://h:/db", PORT_RULE);
        assertRefused("jdbc:postgresql:///db", "must name a host");
        assertRefused("jdbc:postgresql://:5432/db", "must name a host");
        assertRefused("jdbc:postgresql://h1,,h2/db", "must name a host");
        assertRefused("jdbc:postgresql://h$x/db", "has a host that is not a name or an IP address (IPv6 in brackets)");
        assertRefused("jdbc:postgresql://h?ssl=true",
                "must have a '/' after its hosts in the JDBC form (jdbc:postgresql://host:port/database)");
        assertRefused("jdbc:postgresql://h/a/b", "has a '/' in its database name; percent-encode it as %2F");
        assertThat(PhiConfig.of("jdbc:postgresql://h1:5432,h2:5433/db?targetServerType=primary").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h1:5432,h2:5433/db?targetServerType=primary");
        assertThat(PhiConfig.of("jdbc:postgresql://[::1]:5432,h2,10.0.0.7:6432/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5432,h2,10.0.0.7:6432/db");
        assertThat(PhiConfig.of("jdbc:postgresql:phi?ssl").jdbcUrl()).isEqualTo("jdbc:postgresql:phi?ssl");
    }

    @Test
    void refusesUserInformationInAJdbcUrlWithoutShowingIt() {
        for (String url : List.of("jdbc:postgresql://u:54321@h/db", "jdbc:postgresql://u:Se?cr3tPW@h:5432/db")) {
            assertThatThrownBy(() -> PhiConfig.of(url)).isInstanceOfSatisfying(ValidationException.class, e -> {
                assertThat(e.field()).isEqualTo("url");
                assertThat(e.rule()).startsWith("must not hold a user or password before an '@'");
                assertThat(e.getMessage()).doesNotContain("54321").doesNotContain("Se?").doesNotContain("cr3tPW");
            });
            assertThat(DatabaseUrl.redact(url)).doesNotContain("54321").doesNotContain("cr3tPW");
        }
    }

    private static void assertRefused(String url, String rule) {
        assertThatThrownBy(() -> PhiConfig.builder().url(url).build()).as(url)
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("url");
                    assertThat(e.rule()).isEqualTo(rule);
                });
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
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo(PORT_RULE));
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://h1:5432,h2:70000/db"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).isEqualTo(PORT_RULE));
        assertThat(DatabaseUrl.parse("postgresql://[::1]:6543,h2/db").jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:6543,h2/db");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:%zz@h/db"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.rule()).contains("percent-escape"));
    }
}
