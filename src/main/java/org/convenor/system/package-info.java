/**
 * What the whole service shares: how JSON is read and written, how CSV is written, the office's one clock and
 * query dates. Its sub-packages hold security, problem answers and the OpenAPI description. It imports no
 * feature; every feature may use it.
 */
package org.convenor.system;
