/**
 * A real, migrated PostgreSQL for tests of code that uses the PHI SDK: an external server, a
 * Testcontainers container or embedded PostgreSQL, chosen in that order; and a JUnit 5 extension
 * that hands each test a ready {@link com.phiintelligence.sdk.PhiSdk} on a clean database.
 */
package com.phiintelligence.sdk.testkit;
