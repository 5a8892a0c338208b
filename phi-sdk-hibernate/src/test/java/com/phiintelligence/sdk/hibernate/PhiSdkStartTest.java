package com.phiintelligence.sdk.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.config.PhiConfig;
import com.phiintelligence.sdk.error.PhiException;
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
                .isInstanceOf(PhiException.class)
                .hasMessageContaining("Could not connect to jdbc:postgresql://127.0.0.1:" + closedPort + "/phi as phi")
                .hasMessageNotContaining("very-secret-password");
    }

    @Test
    void aClosedSdkRefusesWorkClearlyAndClosesOnce() {
        com.phiintelligence.sdk.testkit.ConnectionInfo db = com.phiintelligence.sdk.testkit.PhiTestDatabase.get().newDatabase();
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
