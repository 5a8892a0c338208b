package com.phiintelligence.sdk.hibernate;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.config.PhiConfig;
import com.phiintelligence.sdk.hibernate.internal.HibernatePhiSdk;
import com.phiintelligence.sdk.spi.PhiSdkProvider;

/**
 * The Hibernate implementation of the PHI SDK, found by {@link PhiSdk#create(PhiConfig)} through
 * {@link java.util.ServiceLoader}. Callers do not use this class directly.
 */
public final class HibernatePhiSdkProvider implements PhiSdkProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public HibernatePhiSdkProvider() {
    }

    @Override
    public PhiSdk create(PhiConfig config) {
        return HibernatePhiSdk.start(config);
    }
}
