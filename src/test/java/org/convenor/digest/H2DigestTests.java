package org.convenor.digest;

/** The digest on the embedded default, H2. */
class H2DigestTests extends DigestTests {
}
