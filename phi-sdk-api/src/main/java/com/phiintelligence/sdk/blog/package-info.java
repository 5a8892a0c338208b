/**
 * The blog (table {@code blog_posts}): posts with a unique slug derived from the title, a reading
 * time computed from the content, tags and a featured flag.
 */
package com.phiintelligence.sdk.blog;
