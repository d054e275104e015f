/**
 * The digest's API ({@code /api/digests/**}, {@code /api/digest-deliveries}) and its console page ({@code /digests}):
 * an EDITOR previews any user's digest and sends it now; an operator lists the deliveries, failing ones included.
 */
package org.convenor.digest.web;
