/**
 * Careers: the open positions of the careers page (table {@code jobs}) and the applications sent
 * to them (table {@code job_applications}). An application's personal information, experience and
 * education are typed records here and JSON text (with the website's camelCase keys) in the
 * database; a stored text that cannot be read yields empty values rather than an error.
 */
package com.phiintelligence.sdk.careers;
