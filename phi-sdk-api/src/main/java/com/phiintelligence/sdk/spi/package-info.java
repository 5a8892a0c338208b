/** The service-provider interface through which an implementation plugs into the API. */
package com.phiintelligence.sdk.spi;
