/**
 * The network over HTTP: {@code /api/network/**} and the console's Network pages (members, a member, its form,
 * erasure, import). Nothing depends on it.
 */
package org.convenor.network.web;
