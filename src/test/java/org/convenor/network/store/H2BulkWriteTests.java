package org.convenor.network.store;

/** The bulk writes on the embedded default, H2. */
class H2BulkWriteTests extends BulkWriteTests {
}
