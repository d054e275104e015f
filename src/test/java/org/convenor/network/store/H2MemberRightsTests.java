package org.convenor.network.store;

/** The person's rights on the embedded default, H2. */
class H2MemberRightsTests extends MemberRightsTests {
}
