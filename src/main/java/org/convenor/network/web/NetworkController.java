package org.convenor.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.IOException;
import java.io.StringWriter;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.network.Reader;
import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.Link;
import org.convenor.network.Member;
import org.convenor.network.Schemas;
import org.convenor.network.imports.CsvRecords;
import org.convenor.network.store.AuditLog;
import org.convenor.network.store.ConvenorIncome;
import org.convenor.network.store.NetworkReplacement.Replaced;
import org.convenor.network.store.NetworkReplacement;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.NetworkWrites.Appended;
import org.convenor.network.store.NetworkWrites.Erased;
import org.convenor.network.store.NetworkWrites.MembersUpserted;
import org.convenor.network.store.NetworkWrites.Upserted;
import org.convenor.network.store.NetworkWrites;
import org.convenor.network.store.ReadLog;
import org.convenor.network.store.Received;
import org.convenor.network.store.StoredInteraction;
import org.convenor.network.store.StoredNetwork;
import org.convenor.system.SpreadsheetCsv;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.Ids;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.NotFoundException;
import org.convenor.validation.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The stored network: read it whole, replace it, import and edit its records, erase a member, see who changed it. */
@RestController
@RequestMapping("/api/network")
@Tag(name = "Network", description = "The convenor's own network, kept by the service: read it, import "
        + "from CSV or JSON, edit, erase a member, and see who changed what.")
class NetworkController {

    static final String CSV = "text/csv";
    private static final String NOT_FOUND = "#/components/responses/NotFound";
    private static final int AUDIT_ENTRIES = 1000;

    private final NetworkStore store;
    private final NetworkReplacement replacement;
    private final NetworkWrites writes;
    private final AuditLog audit;
    private final JsonMapper json;
    private final ReadLog reads;
    private final Clock clock;

    NetworkController(NetworkStore store, NetworkReplacement replacement, NetworkWrites writes, AuditLog audit,
            ReadLog reads, JsonMapper json, Clock clock) {
        this.reads = reads;
        this.store = store;
        this.replacement = replacement;
        this.writes = writes;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Operation(operationId = "readNetwork", summary = "Read the whole stored network",
            description = "The convenor's income, members, interactions (with their ids), coalitions and "
                    + "campaigns, in the shapes the decision forms take; as the caller may see it: without the "
                    + "restricted members hidden from them (with their interactions and places in coalitions), and "
                    + "with a confidential note they may not read as null.")
    @GetMapping
    StoredNetwork network(Principal user) {
        return store.read().seenBy(Reader.of(user));
    }

    /** One member in detail; opening a restricted member or a confidential note is recorded in the read log. */
    @Operation(operationId = "readMember", summary = "Read one member with its interactions",
            description = "The member and its interactions, newest first. A restricted member the caller may not see "
                    + "is a 404. Opening a restricted member, or confidential notes, by anyone but the member's owner "
                    + "is recorded (`GET /api/network/reads`).")
    @GetMapping("/members/{id}")
    MemberRecord member(@Parameter(schema = @Schema(pattern = Schemas.ID)) @PathVariable String id, Principal user) {
        Reader reader = Reader.of(user);
        StoredNetwork network = store.read().seenBy(reader);
        Member member = network.member(Ids.require("id", id), reader)
                .orElseThrow(() -> new NotFoundException("member", id));
        List<StoredInteraction> interactions = network.interactions().stream()
                .filter(interaction -> interaction.memberId().equals(id))
                .sorted(Comparator.comparing(StoredInteraction::date).reversed()).toList();
        reads.opened(reader, member, reader.mayRead(member)
                && interactions.stream().anyMatch(StoredInteraction::confidential), ReadLog.OpenedIn.API);
        return new MemberRecord(member, interactions);
    }

    /** A member in detail: its record and its interactions, newest first. */
    record MemberRecord(Member member, List<StoredInteraction> interactions) {
    }

    @Operation(operationId = "memberReads", summary = "Who opened a restricted member or a confidential note",
            description = "The newest 1,000 first: who opened which restricted member, or a member's confidential "
                    + "notes, in detail (its page, `GET /api/network/members/{id}`, its export), other than its "
                    + "owner, and when. ADMIN only.")
    @GetMapping("/reads")
    List<ReadLog.Entry> reads() {
        return reads.entries(AUDIT_ENTRIES);
    }

    /** Replaces all of it, all or nothing; interaction ids and authors in the body are ignored and assigned anew. */
    @Operation(operationId = "replaceNetwork", summary = "Replace the whole stored network",
            description = "All or nothing: one bad record and nothing changes; the problem lists every one "
                    + "(`members[2].kind`). Interaction ids, `recordedBy` and `recordedAt` in the body are ignored: "
                    + "every interaction is recorded anew, by the caller, now. A member's `owner` must be a user who "
                    + "may own members, or the owner stored for that member already. What the caller may not see is "
                    + "kept as stored (`kept` counts it); a member sent with the id of a restricted member hidden from "
                    + "them is a 404. Empty lists of members, interactions, coalitions and campaigns empty the "
                    + "network. The body is at most `convenor.limits.max-request-size` (16 MB): a full-size network "
                    + "is emptied this way, then imported as CSV.",
            responses = {@ApiResponse(responseCode = "200", description = "What was stored, and what was kept"),
                @ApiResponse(responseCode = "404", ref = NOT_FOUND)})
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Replaced replace(@RequestBody StoredNetwork network, Principal user) {
        return replacement.replace(network, Reader.of(user));
    }

    @Operation(operationId = "importMembers", summary = "Add or replace members, as JSON or CSV",
            description = "Upsert by id: a member sent replaces the stored one whole. An `owner` must be a user "
                    + "who may own members (STAFF or EDITOR), or the owner stored for that member already. All or "
                    + "nothing; the problem lists every bad record (`[2].kind`; for CSV the `line` and column). The id "
                    + "of a restricted member the caller may not see is a 404. A CSV body may be up to "
                    + "`convenor.limits.max-import-size` (128 MB), JSON up to `max-request-size` (16 MB).",
            responses = {@ApiResponse(responseCode = "200", description = "How many were created and updated"),
                @ApiResponse(responseCode = "404", ref = NOT_FOUND)},
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(oneOf = {Member.class, Member[].class})),
                @Content(mediaType = CSV, schema = @Schema(type = "string", description = "A header row of member field names (id,name,kind,roles,tier,sectors,country,globalSouth,annualIncome,feeWaiver,reaches,owner,joinedOn,incomeCurrency,restricted,sharedWith,serving,publiclyNameable), list cells separated by ;, an empty cell leaves the field out"))}))
    @PostMapping(path = "/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    MembersUpserted members(@RequestBody byte[] body, Principal user) {
        return writes.members(oneOrMany(body, Member.class), Reader.of(user));
    }

    @Operation(operationId = "importMembers")
    @PostMapping(path = "/members", consumes = CSV)
    MembersUpserted membersCsv(@RequestBody(required = false) byte[] body, Principal user) {
        return writes.members(CsvRecords.members(orEmpty(body)), Reader.of(user));
    }

    @Operation(operationId = "importInteractions", summary = "Add interactions, as JSON or CSV",
            description = "Appended, except that one identical to a stored interaction (same memberId, date, "
                    + "kind and note), or to another in the same request, is skipped: importing a file twice is "
                    + "harmless. Each is recorded by the caller, now (`recordedBy`, `recordedAt`); an `id`, "
                    + "`recordedBy` or `recordedAt` sent, as `GET /api/network` answers them, is ignored. All or "
                    + "nothing; an import that stores nothing changes nothing. A restricted member the caller may "
                    + "not see is a 404. A CSV body may be up to `convenor.limits.max-import-size` (128 MB: a "
                    + "million interactions), JSON up to `max-request-size` (16 MB).",
            responses = {@ApiResponse(responseCode = "200", description = "How many were created and skipped"),
                @ApiResponse(responseCode = "404", ref = NOT_FOUND)},
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(oneOf = {StoredInteraction.class, StoredInteraction[].class})),
                @Content(mediaType = CSV, schema = @Schema(type = "string", description = "A header row memberId,date,kind,note,confidential"))}))
    @PostMapping(path = "/interactions", consumes = MediaType.APPLICATION_JSON_VALUE)
    Appended interactions(@RequestBody byte[] body, Principal user) {
        Received<StoredInteraction> sent = oneOrMany(body, StoredInteraction.class);
        return writes.interactions(new Received<>(sent.records().stream()
                .map(interaction -> interaction == null ? null : interaction.fact()).toList(), sent.unreadable(),
                sent.locations()), Reader.of(user));
    }

    @Operation(operationId = "importInteractions")
    @PostMapping(path = "/interactions", consumes = CSV)
    Appended interactionsCsv(@RequestBody(required = false) byte[] body, Principal user) {
        return writes.interactions(CsvRecords.interactions(orEmpty(body)), Reader.of(user));
    }

    @Operation(operationId = "correctInteraction", summary = "Correct an interaction",
            description = "Its memberId, date, kind and note become those sent; it is then recorded by the caller, "
                    + "now (`recordedBy`, `recordedAt`), and the audit log says who corrected which interaction. An "
                    + "`id`, `recordedBy` or `recordedAt` in the body is ignored. A correction that would make it "
                    + "identical to another stored interaction is refused: delete this one instead. Answers the "
                    + "interaction as stored.")
    @PutMapping(path = "/interactions/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    StoredInteraction correctInteraction(@PathVariable long id, @RequestBody StoredInteraction corrected,
            Principal user) {
        return writes.correctInteraction(id, corrected.fact(), Reader.of(user));
    }

    @Operation(operationId = "deleteInteraction", summary = "Remove a mistaken interaction",
            description = "The audit log says who deleted which interaction.",
            responses = @ApiResponse(responseCode = "204", description = "Removed"))
    @DeleteMapping("/interactions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteInteraction(@PathVariable long id, Principal user) {
        writes.deleteInteraction(id, Reader.of(user));
    }

    /** The id a new link was stored under. */
    record LinkCreated(long id) {
    }

    /**
     * An introduction made: the two members, and the day (today in the office's time zone when left out).
     */
    record IntroductionMade(@ArraySchema(minItems = 2, maxItems = 2, schema = @Schema(pattern = Schemas.ID))
            List<String> members,
            @Schema(description = "The day it was made; left out, today in the office's time zone") @Nullable LocalDate date) {
    }

    @Operation(operationId = "addLink", summary = "Link two members",
            description = "WORKS_AT: a person (`from`) works at an organisation (`to`), with an optional `title`; "
                    + "INTRODUCED_BY: `from` was introduced by `to`; KNOWS: the two know each other, either way "
                    + "round. Both must be stored members; the same link is stored once. An `id` sent is ignored. "
                    + "A restricted member the caller may not see is a 404.",
            responses = {@ApiResponse(responseCode = "200", description = "The link's id"),
                @ApiResponse(responseCode = "404", ref = NOT_FOUND)})
    @PostMapping(path = "/links", consumes = MediaType.APPLICATION_JSON_VALUE)
    LinkCreated link(@RequestBody Link link, Principal user) {
        return new LinkCreated(writes.link(link, Reader.of(user)));
    }

    @Operation(operationId = "importLinks", summary = "Add links from a CSV file",
            description = "A header row from,to,kind,title; all or nothing, each link new and both ends stored "
                    + "members. Answers how many were added. A restricted member the caller may not see is a 404. "
                    + "The file may be up to `convenor.limits.max-import-size` (128 MB).",
            responses = {@ApiResponse(responseCode = "200", description = "How many were added"),
                @ApiResponse(responseCode = "404", ref = NOT_FOUND)},
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                @Content(mediaType = CSV, schema = @Schema(type = "string", description = "A header row from,to,kind,title"))))
    @PostMapping(path = "/links", consumes = CSV)
    LinksAdded linksCsv(@RequestBody(required = false) byte[] body, Principal user) {
        return new LinksAdded(writes.links(CsvRecords.links(orEmpty(body)), Reader.of(user)));
    }

    /** How many links a file added. */
    record LinksAdded(int created) {
    }

    @Operation(operationId = "exportLinks", summary = "Every link, as a CSV file",
            description = "The columns the import takes (from,to,kind,title), one link a row, with its id first.")
    @GetMapping(path = "/links", produces = CSV)
    String linksCsvExport(Principal user) throws IOException {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out, CsvRecords.LINK_EXPORT_COLUMNS)) {
            for (Link link : store.read().seenBy(Reader.of(user)).links()) {
                csv.row(link.id(), link.from(), link.to(), link.kind(), link.title());
            }
        }
        return out.toString();
    }

    @Operation(operationId = "deleteLink", summary = "Remove a link",
            responses = @ApiResponse(responseCode = "204", description = "Removed"))
    @DeleteMapping("/links/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteLink(@PathVariable long id, Principal user) {
        writes.deleteLink(id, Reader.of(user));
    }

    @Operation(operationId = "logIntroduction", summary = "Record an introduction made",
            description = "The two members now know each other: a KNOWS link between them and an INTRODUCTION "
                    + "interaction on each, on `date`, in one transaction; an introduction the rules suggested is "
                    + "settled by it. Answers the link's id. A restricted member the caller may not see is a 404.",
            responses = {@ApiResponse(responseCode = "200", description = "The KNOWS link's id"),
                @ApiResponse(responseCode = "404", ref = NOT_FOUND)})
    @PostMapping(path = "/introductions", consumes = MediaType.APPLICATION_JSON_VALUE)
    LinkCreated introduction(@RequestBody IntroductionMade made, Principal user) {
        Problems problems = new Problems();
        if (problems.required("members", made.members()) && made.members().size() != 2) {
            problems.add("members", "name exactly two members");
        }
        problems.date("date", made.date());
        problems.throwIfAny();
        return new LinkCreated(writes.introduce(made.members().get(0), made.members().get(1),
                made.date() == null ? LocalDate.now(clock) : made.date(), Reader.of(user)));
    }

    @Operation(operationId = "upsertCoalitions", summary = "Add or replace coalitions",
            description = "One or an array; upsert by id, all or nothing.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(oneOf = {Coalition.class, Coalition[].class}))))
    @PostMapping(path = "/coalitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    Upserted coalitions(@RequestBody byte[] body, Principal user) {
        return writes.coalitions(oneOrMany(body, Coalition.class), Reader.of(user));
    }

    @Operation(operationId = "deleteCoalition", summary = "Delete a coalition",
            responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    @DeleteMapping("/coalitions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteCoalition(@Parameter(schema = @Schema(pattern = Schemas.ID)) @PathVariable String id, Principal user) {
        writes.deleteCoalition(Ids.require("id", id), user.getName());
    }

    @Operation(operationId = "upsertCampaigns", summary = "Add or replace campaigns",
            description = "One or an array; upsert by id, all or nothing. Target ids are unique across all "
                    + "stored campaigns.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(oneOf = {Campaign.class, Campaign[].class}))))
    @PostMapping(path = "/campaigns", consumes = MediaType.APPLICATION_JSON_VALUE)
    Upserted campaigns(@RequestBody byte[] body, Principal user) {
        return writes.campaigns(oneOrMany(body, Campaign.class), user.getName());
    }

    @Operation(operationId = "deleteCampaign", summary = "Delete a campaign",
            responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    @DeleteMapping("/campaigns/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteCampaign(@Parameter(schema = @Schema(pattern = Schemas.ID)) @PathVariable String id, Principal user) {
        writes.deleteCampaign(Ids.require("id", id), user.getName());
    }

    @Operation(operationId = "setConvenorIncome", summary = "Record the convenor's own income",
            description = "The fee book is measured against it.")
    @PutMapping(path = "/convenor", consumes = MediaType.APPLICATION_JSON_VALUE)
    ConvenorIncome convenor(@RequestBody ConvenorIncome income, Principal user) {
        return writes.convenor(income, user.getName());
    }

    /** Erases the member and its personal data; answers what was removed. */
    @Operation(operationId = "eraseMember", summary = "Erase a member and its personal data",
            description = "Removes the member, its interactions, invitations, responses and links, and answers how "
                    + "many of each; the audit log records the erasure without the member's name.")
    @DeleteMapping("/members/{id}")
    Erased erase(@Parameter(schema = @Schema(pattern = Schemas.ID)) @PathVariable String id, Principal user) {
        return writes.erase(Ids.require("id", id), Reader.of(user));
    }

    /** For members stored before ids had a rule, whose ids an address cannot carry ({@code a/b}, {@code ..}). */
    @Operation(operationId = "eraseMemberById", summary = "Erase a member whose id an address cannot carry",
            description = "The same erasure, for a member stored before every id kept the id rule: its id is"
                    + " given as a query parameter, as it is stored.")
    @DeleteMapping("/members")
    Erased eraseById(@RequestParam String id, Principal user) {
        return writes.erase(id, Reader.of(user));
    }

    /** The newest changes first: who, when, how and how many records, never the records. */
    @Operation(operationId = "networkAudit", summary = "Who changed the network, when and how",
            description = "The newest 1,000 changes first: user, time, action, what and how many records; "
                    + "never the records themselves.")
    @GetMapping("/audit")
    List<AuditLog.Entry> audit() {
        return audit.entries(AUDIT_ENTRIES);
    }

    /**
     * One record or an array of them, read as strictly as every JSON body. Read here rather than by the
     * framework so that a single object's problems are named without an index ({@code kind}, not {@code [0].kind}).
     */
    private <T> Received<T> oneOrMany(byte[] body, Class<T> type) {
        if (startsWith(body, '[')) {
            List<T> records = json.readValue(body, json.getTypeFactory().constructCollectionType(List.class, type));
            return Received.json(records, false);
        }
        T record = json.readValue(body, type);
        if (record == null) {
            throw new InvalidInputException(List.of(new FieldProblem("", "a JSON object or array is required")));
        }
        return Received.json(List.of(record), true);
    }

    /** An empty file is the CSV reader's to refuse, naming what it needs. */
    private static byte[] orEmpty(byte[] body) {
        return body == null ? new byte[0] : body;
    }

    /** Whether the first character after white space (and a byte-order mark) is {@code c}. */
    private static boolean startsWith(byte[] body, char c) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
                    && (b & 0xFF) != 0xBF) {
                return b == c;
            }
        }
        return false;
    }
}
