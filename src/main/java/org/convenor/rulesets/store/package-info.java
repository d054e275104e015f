/**
 * Where rule changes are kept, in the database every instance shares: the history as git objects and its one head
 * ({@link org.convenor.rulesets.store.HistoryTable}), the editors' drafts ({@link
 * org.convenor.rulesets.store.DraftTable}), the change log every instance follows ({@link
 * org.convenor.rulesets.store.ChangeTable}), the instances and the versions each answers with ({@link
 * org.convenor.rulesets.store.InstanceTable}); and the history's optional git export ({@link
 * org.convenor.rulesets.store.GitExport}). It knows plain ids, paths and bytes, not the rule sets' own types, so
 * every {@code rulesets} package may use it and it uses none of them.
 */
package org.convenor.rulesets.store;
