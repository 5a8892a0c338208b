/**
 * The error model of the PHI SDK: one unchecked root, {@link com.phiintelligence.sdk.error.PhiException},
 * and a few subclasses a caller can act on. Implementations map database failures onto these by
 * SQLSTATE; no driver or ORM exception escapes the API.
 */
package com.phiintelligence.sdk.error;
