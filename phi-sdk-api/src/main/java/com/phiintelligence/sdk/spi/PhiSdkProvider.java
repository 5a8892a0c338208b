package com.phiintelligence.sdk.spi;

import com.phiintelligence.sdk.PhiSdk;
import com.phiintelligence.sdk.config.PhiConfig;

/**
 * How an implementation plugs into the API: listed in
 * {@code META-INF/services/com.phiintelligence.sdk.spi.PhiSdkProvider}, found by
 * {@link PhiSdk#create(PhiConfig)}.
 */
public interface PhiSdkProvider {

    /**
     * @param config the validated configuration
     * @return a started SDK
     */
    PhiSdk create(PhiConfig config);
}
