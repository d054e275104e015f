package org.convenor.system.problems;

import java.io.IOException;

import org.springframework.util.unit.DataSize;

/** The request body is over the configured limit. An IOException so it travels through the JSON reader. */
class PayloadTooLargeException extends IOException {

    PayloadTooLargeException(DataSize limit, String property) {
        super("The request body is larger than the limit of " + limit.toBytes() + " bytes (" + property + ").");
    }
}
