/**
 * The relationship decision over HTTP: {@code /api/relationships/alerts} (POST and GET) and the This week page
 * with its "log contact". Nothing depends on it.
 */
package org.convenor.relationships.web;
