/**
 * The PHI SDK: {@link com.phiintelligence.sdk.PhiSdk} and the types shared by every domain
 * (vocabularies, JSON documents, update changes, repositories). Domains live in sub-packages.
 */
package com.phiintelligence.sdk;
