/**
 * Users through the API and the console: {@code /api/users/**} (ADMIN) and each user's own API tokens
 * ({@code /api/users/me/tokens}), the Users page (ADMIN), the Account page (a user's tokens), and the
 * second-factor pages between a password and the console (enrolling an authenticator app, giving its code).
 * Nobody depends on it.
 */
package org.convenor.system.security.web;
