/**
 * The Hibernate repositories of {@code users} and {@code admin_users}, and the bcrypt hashing of
 * their passwords. Internal: not part of the supported API.
 */
package com.phiintelligence.sdk.hibernate.internal.accounts;
