/**
 * The Hibernate repository of {@code blog_posts}, with slug derivation and reading time. Internal:
 * not part of the supported API.
 */
package com.phiintelligence.sdk.hibernate.internal.blog;
