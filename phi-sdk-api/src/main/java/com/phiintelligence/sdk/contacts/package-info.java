/** Leads from the website's contact form (table {@code contacts}). */
package com.phiintelligence.sdk.contacts;
