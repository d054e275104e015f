/**
 * Every error as an RFC 9457 problem: the one advice that maps exceptions, the words for a body Jackson could not
 * read, the size-limit filter and the writer the security chains answer with. A feature's own refusal
 * describes itself ({@code ErrorResponseException}), so this package imports no feature.
 */
package org.convenor.system.problems;
