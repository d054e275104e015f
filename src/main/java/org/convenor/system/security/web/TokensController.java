package org.convenor.system.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.security.Principal;
import java.util.List;

import org.convenor.system.security.users.ApiToken;
import org.convenor.system.security.users.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own API tokens: how a program acts for them, and the only way in once they have a second factor. */
@RestController
@RequestMapping("/api/users/me/tokens")
@Tag(name = "Users")
class TokensController {

    private final ApiTokens tokens;

    TokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createApiToken", summary = "Make an API token for yourself",
            description = "The token acts as you, with your roles as they are at each request; send it as "
                    + "`Authorization: Bearer <token>`. It is shown this once: keep it now. The body, naming what "
                    + "it is for, may be left out.",
            responses = @ApiResponse(responseCode = "201", description = "Made: the token, shown once"))
    ApiTokens.Created create(@RequestBody(required = false) ApiTokens.NewToken token, Principal user) {
        return tokens.create(user.getName(), token == null ? null : token.name());
    }

    @GetMapping
    @Operation(operationId = "listApiTokens", summary = "List your API tokens",
            description = "Their ids, names and when each was made and last used; never the tokens.")
    List<ApiToken> list(Principal user) {
        return tokens.of(user.getName());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeApiToken", summary = "Revoke one of your API tokens",
            description = "It opens nothing from the next request on.",
            responses = @ApiResponse(responseCode = "204", description = "Revoked"))
    void revoke(@PathVariable long id, Principal user) {
        tokens.revoke(user.getName(), id);
    }
}
