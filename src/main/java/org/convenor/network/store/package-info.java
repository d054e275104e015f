/**
 * The stored network: the one package on the database (Flyway schema, a repository per table, the read copy,
 * checked writes in one transaction each, the audit log). It imports neither {@code imports} nor {@code web};
 * the decisions and pages read it through {@link org.convenor.network.store.NetworkStore} and write through
 * {@link org.convenor.network.store.NetworkWrites}.
 */
package org.convenor.network.store;
