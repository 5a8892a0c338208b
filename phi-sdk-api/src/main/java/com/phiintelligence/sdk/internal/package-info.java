/** Internal helpers of the API module. Not supported: may change in any release. */
package com.phiintelligence.sdk.internal;
