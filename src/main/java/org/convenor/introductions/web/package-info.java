/** {@code POST} and {@code GET /api/introductions}. Nothing depends on it. */
package org.convenor.introductions.web;
