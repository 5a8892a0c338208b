/**
 * The PHI Voice tables over Hibernate: voicebots, sessions, metrics and the usage summaries that
 * native upserts keep exact under concurrent writers. Internal: not supported, may change in any
 * release.
 */
package com.phiintelligence.sdk.hibernate.internal.voice;
