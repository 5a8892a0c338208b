/**
 * Typed, fluent, finite queries: filters are methods, sort keys are enums, and every query ends in
 * {@code list()}, {@code page(..)}, {@code stream()}, {@code count()} or {@code first()}.
 */
package com.phiintelligence.sdk.query;
