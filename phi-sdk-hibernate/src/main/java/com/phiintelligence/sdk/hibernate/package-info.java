/**
 * The PHI SDK implemented with Hibernate ORM 7, HikariCP, pgjdbc, Flyway and Jackson. Put this
 * module on the class path and use {@link com.phiintelligence.sdk.PhiSdk#create}; everything in
 * the {@code internal} packages is unsupported and may change in any release.
 */
package com.phiintelligence.sdk.hibernate;
