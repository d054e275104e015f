package org.convenor.network.store;

/** The network's kept copy on the embedded default, H2. */
class H2NetworkCopyTests extends NetworkCopyTests {
}
