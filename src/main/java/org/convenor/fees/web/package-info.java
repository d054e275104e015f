/**
 * The fee decision over HTTP: {@code /api/fees/assessments} (POST and GET), the fee book page and its income
 * form; and, in the {@code bench} profile only, the endpoints the HTTP benchmarks compare against. Nothing
 * depends on it.
 */
package org.convenor.fees.web;
