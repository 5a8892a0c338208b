/** Configuration of the SDK: where the database is and how to use it. */
package com.phiintelligence.sdk.config;
