/**
 * How the SDK meets a database: it creates the platform schema in an empty database, adopts an
 * existing one of the same shape (tolerating and reporting harmless drift) and refuses, before
 * touching anything, a database whose shape would break it.
 */
package com.phiintelligence.sdk.schema;
