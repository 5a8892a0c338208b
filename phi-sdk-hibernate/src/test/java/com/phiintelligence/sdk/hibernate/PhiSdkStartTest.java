package com.phiintelligence.sdk.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.config.PhiConfig;
import com.phiintelligence.sdk.error.DataAccessException;
import com.phiintelligence.sdk.testkit.ConnectionInfo;
import com.phiintelligence.sdk.testkit.PhiTestDatabase;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PhiSdkStartTest {

    @Test
    void anUnreachableDatabaseFailsFastWithoutShowingThePassword() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PhiConfig config = PhiConfig.builder()
                .url("postgresql://phi:very-secret-password@127.0.0.1:" + closedPort + "/phi")
                .connectionTimeout(Duration.ofSeconds(1))
                .build();
        assertThatThrownBy(() -> PhiSdk.create(config))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Could not connect to jdbc:postgresql://127.0.0.1:" + closedPort + "/phi as phi")
                .hasMessageNotContaining("very-secret-password")
                .satisfies(e -> {
                    assertThat(((DataAccessException) e).isTransient()).as("a refused connection is worth a retry").isTrue();
                    assertThat(((DataAccessException) e).sqlState()).startsWith("08");
                });
    }

    @Test
    void anUnknownHostIsNamedAsSuch() {
        PhiConfig config = PhiConfig.builder().url("postgresql://phi:very-secret-password@nohost.invalid/phi")
                .connectionTimeout(Duration.ofSeconds(1)).build();
        assertThatThrownBy(() -> PhiSdk.create(config))
                .isInstanceOf(DataAccessException.class)
                .hasMessageEndingWith("as phi: unknown host nohost.invalid")
                .hasMessageNotContaining("very-secret-password");
    }

    @Test
    void aDatabaseThatDoesNotExistIsADataAccessExceptionNotWorthARetry() {
        ConnectionInfo server = PhiTestDatabase.get().newDatabase();
        String missing = server.jdbcUrl().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1no_such_database_here");
        PhiConfig config = PhiConfig.builder().url(missing).username(server.username()).password(server.password()).build();

        assertThatThrownBy(() -> PhiSdk.create(config))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Could not connect to")
                .hasMessageContaining("no_such_database_here")
                .satisfies(e -> {
                    assertThat(((DataAccessException) e).isTransient()).isFalse();
                    assertThat(((DataAccessException) e).sqlState()).isEqualTo("3D000");
                });
    }

    @Test
    void startsWithSecretParametersHandedToTheDriverRatherThanInTheUrl() {
        ConnectionInfo db = PhiTestDatabase.get().newDatabase();
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "sslpassword=n0t-in-any-log";
        PhiConfig config = db.configBuilder().url(url).poolSize(1).build();
        assertThat(config.jdbcUrl()).doesNotContain("n0t-in-any-log").doesNotContain("sslpassword");

        try (PhiSdk phi = PhiSdk.create(config)) {
            assertThat(phi.contacts().query().count()).isZero();
        }
    }

    @Test
    void aClosedSdkRefusesWorkClearlyAndClosesOnce() {
        ConnectionInfo db = PhiTestDatabase.get().newDatabase();
        PhiSdk phi = PhiSdk.create(db.configBuilder().poolSize(1).build());
        assertThat(phi.contacts().query().count()).isZero();
        phi.close();
        phi.close();
        assertThatThrownBy(() -> phi.contacts().query().count())
                .isInstanceOf(IllegalStateException.class).hasMessage("this PhiSdk is closed");
        assertThatThrownBy(() -> phi.useTransaction(tx -> tx.jobs().query().count()))
                .isInstanceOf(IllegalStateException.class).hasMessage("this PhiSdk is closed");
    }

    @Test
    void theImplementationIsFoundThroughTheServiceLoader() {
        assertThat(java.util.ServiceLoader.load(com.phiintelligence.sdk.spi.PhiSdkProvider.class).findFirst())
                .get().isInstanceOf(HibernatePhiSdkProvider.class);
    }
}
