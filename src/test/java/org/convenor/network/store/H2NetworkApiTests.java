package org.convenor.network.store;

/** The stored network's API on the embedded default, H2. */
class H2NetworkApiTests extends NetworkApiTests {
}
