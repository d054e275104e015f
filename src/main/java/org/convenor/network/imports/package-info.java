/**
 * What comes into the store in bulk: CSV bodies read into records (every bad cell named by line and column), and
 * the demo network loaded into an empty store. It writes through the store's checked writes; only
 * {@code network.web} depends on it.
 */
package org.convenor.network.imports;
