/**
 * What every page of the staff console shares: the {@link org.convenor.console.ConsolePage} marker, the signed-in
 * user and error pages for page controllers, the sign-in page, and small helpers for forms, filters, paging and
 * words. It knows no feature: each feature's page controllers live in the feature's {@code web} package and
 * are marked {@code @ConsolePage}, so the features depend on this package and never the other way round.
 */
package org.convenor.console;
