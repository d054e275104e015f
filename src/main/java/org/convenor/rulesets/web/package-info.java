/**
 * Rule sets over HTTP: the status and reload API, the drafts/history API, and the console's Rules pages with
 * their view models. Nothing depends on it.
 */
package org.convenor.rulesets.web;
