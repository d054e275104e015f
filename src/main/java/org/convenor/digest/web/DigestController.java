package org.convenor.digest.web;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.convenor.digest.Delivery;
import org.convenor.digest.Digest;
import org.convenor.digest.DigestSender;
import org.convenor.digest.Digests;
import org.convenor.network.Reader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Each user's weekly digest: read as it would go now, sent now, and how the sending went. */
@RestController
@Tag(name = "Digests", description = "The weekly digest each owner gets by email: preview it, send it now, and see "
        + "how the deliveries went.")
class DigestController {

    static final String PROBLEM = "#/components/schemas/Problem";
    /** Whoever is signed in, in a path: {@code /api/digests/me}. */
    static final String ME = "me";

    private final Digests digests;
    private final DigestSender sender;

    DigestController(Digests digests, DigestSender sender) {
        this.digests = digests;
        this.sender = sender;
    }

    @GetMapping("/api/digests/{username}")
    @Operation(operationId = "readDigest", summary = "The digest a user would get now",
            description = "Their members' alerts from this week's relationship rules, critical first, each with why, "
                    + "what to do and (once `convenor.public-url` is set) a link to the member's page. An EDITOR reads "
                    + "anyone's; `me` is the caller's own, for anyone signed in. A user who may not own members has "
                    + "none.")
    Digest read(@PathVariable String username, Principal caller) {
        return digests.of(ME.equals(username) ? caller.getName() : username, Reader.of(caller));
    }

    @PostMapping("/api/digests/{username}/send")
    @Operation(operationId = "sendDigest", summary = "Send a user's digest now",
            description = "Sent at once, alerts or not, and recorded as a delivery of its own (`now-…`); a failure is "
                    + "recorded and tried again like a scheduled one.",
            responses = {@ApiResponse(responseCode = "200", description = "Sent, or failed and recorded (see status)"),
                @ApiResponse(responseCode = "409", description = "Mail is off (no `spring.mail.host`), or the user "
                        + "has no email", content = @Content(mediaType = "application/problem+json",
                                schema = @Schema(ref = PROBLEM)))})
    Delivery send(@PathVariable String username, Principal caller) {
        return sender.sendNow(ME.equals(username) ? caller.getName() : username);
    }

    @GetMapping("/api/digest-deliveries")
    @Operation(operationId = "listDigestDeliveries", summary = "The latest digest deliveries, newest first",
            description = "The last 200: each slot and recipient, SENT, FAILED (with attempts and the kind of the last "
                    + "failure), SENDING, or NO_ADDRESS (the user has no email). A FAILED one at "
                    + "`convenor.digest.max-attempts` is no longer tried.")
    List<Delivery> deliveries() {
        return sender.recent();
    }
}
