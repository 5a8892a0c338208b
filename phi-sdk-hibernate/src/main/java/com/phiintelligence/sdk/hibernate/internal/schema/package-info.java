/**
 * How the SDK meets the platform database at start: Flyway migrations in {@code phi-sdk/db/migration} (not Flyway's default {@code db/migration}, so that an application's own Flyway never picks them up),
 * creation of an empty database, adoption of an existing one of the same shape (tolerating and
 * reporting harmless drift) and refusal, before anything is changed, of one whose shape would break
 * the SDK. The entry point is {@link com.phiintelligence.sdk.hibernate.internal.schema.SchemaManager}.
 *
 * <p>Internal: not part of the supported API, may change in any release. Applications see the
 * result as a {@link com.phiintelligence.sdk.schema.SchemaReport} or a
 * {@link com.phiintelligence.sdk.schema.SchemaMismatchException}.
 */
package com.phiintelligence.sdk.hibernate.internal.schema;
