package com.phiintelligence.sdk.hibernate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.phiintelligence.sdk.config.PhiConfig;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PgDataSourceTest {

    @Test
    void connectsWithTheSecretsAsPropertiesAndShowsNoneOfThem() throws Exception {
        ConnectionInfo db = PhiTestDatabase.get().newDatabase();
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "SSLPassword=n0t-in-any-log"
                + "&ApplicationName=phi-test";
        PhiConfig config = db.configBuilder().url(url).password("pw-not-shown").build();
        PgDataSource dataSource = new PgDataSource(config);
        dataSource.setLoginTimeout(5);

        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('application_name')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("phi-test");
            assertThat(c.getMetaData().getURL()).doesNotContain("n0t-in-any-log").doesNotContain("SSLPassword");
        }
        assertThat(dataSource.toString()).startsWith("PgDataSource[jdbc:postgresql://")
                .doesNotContain("n0t-in-any-log").doesNotContain("pw-not-shown");
        assertThat(dataSource.getLoginTimeout()).isEqualTo(5);
    }
}
