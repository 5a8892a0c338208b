/**
 * Accounts: the website's plain users (table {@code users}) and the administrators of its admin
 * panel (table {@code admin_users}). Passwords are given to the SDK in plain text and stored only as
 * bcrypt hashes (cost 12, {@code $2a$}, as the website writes them); no record prints a password or
 * a hash in {@code toString()}.
 */
package com.phiintelligence.sdk.accounts;
