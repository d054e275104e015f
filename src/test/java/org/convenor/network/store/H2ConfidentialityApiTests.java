package org.convenor.network.store;

/** {@link ConfidentialityApiTests} on the embedded H2 default. */
class H2ConfidentialityApiTests extends ConfidentialityApiTests {
}
