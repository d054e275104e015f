/**
 * Who may do what: the API's and the console's filter chains, the table of the API's roles ({@link
 * org.convenor.system.security.ApiAccess}), the configured users and roles, the API key and the sign-in
 * throttle. A security review starts here.
 */
package org.convenor.system.security;
