/**
 * The coalition decision over HTTP: {@code /api/coalitions/recommendations}, {@code
 * /api/campaigns/{id}/recommendations}, and the Campaigns pages with their form and chart. Nothing depends on it.
 */
package org.convenor.coalitions.web;
