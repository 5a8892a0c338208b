/**
 * The Hibernate repositories of {@code jobs} and {@code job_applications}, and the JSON documents
 * of an application. Internal: not part of the supported API.
 */
package com.phiintelligence.sdk.hibernate.internal.careers;
