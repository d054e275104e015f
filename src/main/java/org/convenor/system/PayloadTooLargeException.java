package org.convenor.system;

import java.io.IOException;

/** The request body is over the configured limit. An IOException so it travels through the JSON reader. */
class PayloadTooLargeException extends IOException {

    PayloadTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes (convenor.limits.max-request-bytes).");
    }
}
