package org.convenor.network.store;

/** Links on the embedded default, H2. */
class H2LinkApiTests extends LinkApiTests {
}
