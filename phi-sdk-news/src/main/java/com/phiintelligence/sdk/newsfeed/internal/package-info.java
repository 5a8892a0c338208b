/**
 * Implementation of {@link com.phiintelligence.sdk.newsfeed}: character set detection, hardened XML
 * parsing, the ROME and JSON Feed mappings, lenient dates, text helpers. Not supported: anything
 * here may change or disappear in any release; use the types of the parent package.
 */
package com.phiintelligence.sdk.newsfeed.internal;
