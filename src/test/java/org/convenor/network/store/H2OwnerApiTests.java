package org.convenor.network.store;

/** Owners and the authors of interactions on the embedded default, H2. */
class H2OwnerApiTests extends OwnerApiTests {
}
