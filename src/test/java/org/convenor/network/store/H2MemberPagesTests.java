package org.convenor.network.store;

/** The network's pages read in the embedded default, H2. */
class H2MemberPagesTests extends MemberPagesTests {
}
