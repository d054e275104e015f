package org.convenor.system.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.security.Principal;
import java.util.List;

import org.convenor.system.security.users.NewPassword;
import org.convenor.system.security.users.NewUser;
import org.convenor.system.security.users.UserAnswer;
import org.convenor.system.security.users.UserAudit;
import org.convenor.system.security.users.UserChange;
import org.convenor.system.security.users.Users;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The users, as an ADMIN manages them: configured ones are listed, and changed only in configuration. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = "Who may sign in, with which roles: add a user, set roles and email, disable, "
        + "set a local password; each user's own API tokens.")
class UsersController {

    static final String PROBLEM = "#/components/schemas/Problem";
    private static final int AUDIT_ENTRIES = 1000;

    private final Users users;

    UsersController(Users users) {
        this.users = users;
    }

    @GetMapping
    @Operation(operationId = "listUsers", summary = "List everyone who may sign in",
            description = "The configured users first (the bootstrap, such as the first ADMIN), then those kept by "
                    + "the service, disabled ones too.")
    List<UserAnswer> list() {
        return users.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addUser", summary = "Add a user",
            description = "Without a password they sign in only through the organisation's identity provider, "
                    + "found by their email. A stored EDITOR or ADMIN who signs in with a password enrols an "
                    + "authenticator app at their first sign-in.",
            responses = @ApiResponse(responseCode = "201", description = "Added"))
    UserAnswer add(@RequestBody NewUser user, Principal admin) {
        return users.add(user, admin.getName());
    }

    @GetMapping("/audit")
    @Operation(operationId = "readUserAudit", summary = "Who changed which user, newest first",
            description = "The last 1000 changes to users: who made each, to whom, what and when; never a password, "
                    + "a key, a code, a token or an email.")
    List<UserAudit.Entry> audit() {
        return users.changes(AUDIT_ENTRIES);
    }

    @GetMapping("/{username}")
    @Operation(operationId = "readUser", summary = "Read one user")
    UserAnswer one(@PathVariable String username) {
        return users.one(username);
    }

    @PutMapping("/{username}")
    @Operation(operationId = "changeUser", summary = "Set a user's roles, email and whether they may sign in",
            description = "A disabled user's console sessions end at once, on every instance, and their API access at "
                    + "their next request; "
                    + "enabling them again lets them sign in again.",
            responses = {@ApiResponse(responseCode = "200", description = "Changed"),
                @ApiResponse(responseCode = "409", description = "A configured user: changed in configuration",
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))})
    UserAnswer change(@PathVariable String username, @RequestBody UserChange change, Principal admin) {
        return users.change(username, change, admin.getName());
    }

    @PostMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "setUserPassword", summary = "Set a user's local password",
            description = "A reset, or a first password for a user who signed in only through the identity "
                    + "provider. At least 12 characters, not one of the common passwords.",
            responses = {@ApiResponse(responseCode = "204", description = "Set"),
                @ApiResponse(responseCode = "409", description = "A configured user: changed in configuration",
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))})
    void setPassword(@PathVariable String username, @RequestBody NewPassword password, Principal admin) {
        users.setPassword(username, password, admin.getName());
    }

    @DeleteMapping("/{username}/second-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeSecondFactor", summary = "Remove a user's authenticator app",
            description = "For a lost phone without its recovery codes: they enrol a new app at their next "
                    + "sign-in with a password.",
            responses = {@ApiResponse(responseCode = "204", description = "Removed, or there was none"),
                @ApiResponse(responseCode = "409", description = "A configured user: changed in configuration",
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))})
    void removeSecondFactor(@PathVariable String username, Principal admin) {
        users.removeSecondFactor(username, admin.getName());
    }
}
