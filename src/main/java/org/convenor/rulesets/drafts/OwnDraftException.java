package org.convenor.rulesets.drafts;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The author of a draft tried to approve it, or send it back: a second pair of eyes must be another's (403). */
public class OwnDraftException extends ErrorResponseException {

    public OwnDraftException(String what) {
        super(HttpStatus.FORBIDDEN);
        setType(URI.create("urn:convenor:problem:own-draft"));
        setTitle("Not your own draft");
        setDetail("You cannot " + what + " your own draft: another EDITOR reviews it.");
    }
}
