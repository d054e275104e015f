/**
 * The users kept by the service, beside the configured ones: their tables (the users and their roles, second
 * factors and recovery codes, API tokens, and the log of changes to users), the password policy, the
 * authenticator app's codes (TOTP, RFC 6238), and the services that change them, each change one transaction
 * recorded in the users' audit log. It implements {@link org.convenor.system.security.StoredUsers} for the
 * sign-in, and is used by {@code system.security.web} (the API and pages); nothing else imports it.
 */
package org.convenor.system.security.users;
