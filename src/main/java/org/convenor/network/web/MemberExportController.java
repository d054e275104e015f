package org.convenor.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.security.Principal;

import org.convenor.network.Schemas;
import org.convenor.network.store.MemberExport;
import org.convenor.validation.Ids;
import org.convenor.validation.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person's right of access: everything held about one member, for an ADMIN to hand over. */
@RestController
@RequestMapping("/api/network")
@Tag(name = "Network")
class MemberExportController {

    private static final String DESCRIPTION = "The member's record, its interactions (with who recorded each), the "
            + "coalitions it was invited to and its answers, the campaign targets it reaches, and the audit log's "
            + "entries about its interactions. `format=csv` answers a zip of CSV files, one per kind of record "
            + "(member.csv, interactions.csv, invitations.csv, responses.csv, reaches.csv, audit-entries.csv), each "
            + "with a header row, a list's values separated by `;`.";

    private final MemberExports exports;

    MemberExportController(MemberExports exports) {
        this.exports = exports;
    }

    @Operation(operationId = "exportMember", summary = "Export everything held about a member",
            description = DESCRIPTION,
            responses = @ApiResponse(responseCode = "200", description = "The export", content = {
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = MemberExport.class)),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))}))
    @GetMapping("/members/{id}/export")
    ResponseEntity<?> export(@Parameter(schema = @Schema(pattern = Schemas.ID)) @PathVariable String id,
            @Parameter(schema = @Schema(allowableValues = {MemberExports.JSON, MemberExports.CSV}))
            @RequestParam(defaultValue = MemberExports.JSON) String format, Principal user) throws IOException {
        return answer(Ids.require("id", id), format, user);
    }

    /**
     * For members stored before ids had a rule, whose ids an address cannot carry ({@code a/b}, {@code ..}). Not
     * under {@code /members}: {@code /members/export} would be the address of a member called "export".
     */
    @Operation(operationId = "exportMemberById", summary = "Export a member whose id an address cannot carry",
            description = "The same export, for a member stored before every id kept the id rule: its id is given "
                    + "as a query parameter, as it is stored.",
            responses = {@ApiResponse(responseCode = "200", description = "The export", content = {
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = MemberExport.class)),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))}),
                // A path names no member here, so the problem answers would leave out the one for an unknown id.
                @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")})
    @GetMapping("/export")
    ResponseEntity<?> exportById(@RequestParam String id,
            @Parameter(schema = @Schema(allowableValues = {MemberExports.JSON, MemberExports.CSV}))
            @RequestParam(defaultValue = MemberExports.JSON) String format, Principal user) throws IOException {
        return answer(id, format, user);
    }

    private ResponseEntity<?> answer(String id, String format, Principal user) throws IOException {
        boolean csv = MemberExports.csv(format);
        MemberExport export = exports.find(id, user).orElseThrow(() -> new NotFoundException("member", id));
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(export);
        }
        return ResponseEntity.ok().contentType(MemberExports.ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, MemberExports.attachment(export, true))
                .body(exports.zip(export));
    }
}
