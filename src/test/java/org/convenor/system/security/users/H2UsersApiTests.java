package org.convenor.system.security.users;

/** The users' store through the API on the embedded default, H2. */
class H2UsersApiTests extends UsersApiTests {
}
