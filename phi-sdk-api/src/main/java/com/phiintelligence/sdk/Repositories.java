package com.phiintelligence.sdk;

import com.phiintelligence.sdk.accounts.AdminUserRepository;
import com.phiintelligence.sdk.accounts.UserRepository;
import com.phiintelligence.sdk.blog.BlogPostRepository;
import com.phiintelligence.sdk.careers.JobApplicationRepository;
import com.phiintelligence.sdk.careers.JobRepository;
import com.phiintelligence.sdk.contacts.ContactRepository;

/**
 * The repositories of the platform's tables, one per table. Obtained from {@link PhiSdk}, or inside
 * {@link PhiSdk#inTransaction} as the view whose calls all join that transaction. Thread-safe.
 */
public interface Repositories {

    /** @return the leads of the contact form ({@code contacts}) */
    ContactRepository contacts();

    /** @return the website's plain accounts ({@code users}) */
    UserRepository users();

    /** @return the administrators of the admin panel ({@code admin_users}) */
    AdminUserRepository adminUsers();

    /** @return the jobs of the careers page ({@code jobs}) */
    JobRepository jobs();

    /** @return the applications to jobs ({@code job_applications}) */
    JobApplicationRepository jobApplications();

    /** @return the posts of the blog ({@code blog_posts}) */
    BlogPostRepository blogPosts();
}
