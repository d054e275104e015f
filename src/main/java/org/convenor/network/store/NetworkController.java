package org.convenor.network.store;

import java.security.Principal;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Member;
import org.convenor.network.store.NetworkWrites.Appended;
import org.convenor.network.store.NetworkWrites.Erased;
import org.convenor.network.store.NetworkReplacement.Replaced;
import org.convenor.network.store.NetworkWrites.Upserted;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The stored network: read it whole, replace it, import and edit its records, erase a member, see who changed it. */
@RestController
@RequestMapping("/api/network")
class NetworkController {

    static final String CSV = "text/csv";
    private static final int AUDIT_ENTRIES = 1000;

    private final NetworkStore store;
    private final NetworkReplacement replacement;
    private final NetworkWrites writes;
    private final AuditLog audit;
    private final JsonMapper json;

    NetworkController(NetworkStore store, NetworkReplacement replacement, NetworkWrites writes, AuditLog audit,
            JsonMapper json) {
        this.store = store;
        this.replacement = replacement;
        this.writes = writes;
        this.audit = audit;
        this.json = json;
    }

    @GetMapping
    StoredNetwork network() {
        return store.read();
    }

    /** Replaces all of it, all or nothing; interaction ids in the body are ignored and assigned anew. */
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Replaced replace(@RequestBody StoredNetwork network, Principal user) {
        return replacement.replace(network, user.getName());
    }

    @PostMapping(path = "/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    Upserted members(@RequestBody byte[] body, Principal user) {
        return writes.members(oneOrMany(body, Member.class), user.getName());
    }

    @PostMapping(path = "/members", consumes = CSV)
    Upserted membersCsv(@RequestBody(required = false) byte[] body, Principal user) {
        return writes.members(CsvRecords.members(orEmpty(body)), user.getName());
    }

    @PostMapping(path = "/interactions", consumes = MediaType.APPLICATION_JSON_VALUE)
    Appended interactions(@RequestBody byte[] body, Principal user) {
        return writes.interactions(oneOrMany(body, Interaction.class), user.getName());
    }

    @PostMapping(path = "/interactions", consumes = CSV)
    Appended interactionsCsv(@RequestBody(required = false) byte[] body, Principal user) {
        return writes.interactions(CsvRecords.interactions(orEmpty(body)), user.getName());
    }

    @DeleteMapping("/interactions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteInteraction(@PathVariable long id, Principal user) {
        writes.deleteInteraction(id, user.getName());
    }

    @PostMapping(path = "/coalitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    Upserted coalitions(@RequestBody byte[] body, Principal user) {
        return writes.coalitions(oneOrMany(body, Coalition.class), user.getName());
    }

    @DeleteMapping("/coalitions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteCoalition(@PathVariable String id, Principal user) {
        writes.deleteCoalition(id, user.getName());
    }

    @PostMapping(path = "/campaigns", consumes = MediaType.APPLICATION_JSON_VALUE)
    Upserted campaigns(@RequestBody byte[] body, Principal user) {
        return writes.campaigns(oneOrMany(body, Campaign.class), user.getName());
    }

    @DeleteMapping("/campaigns/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteCampaign(@PathVariable String id, Principal user) {
        writes.deleteCampaign(id, user.getName());
    }

    @PutMapping(path = "/convenor", consumes = MediaType.APPLICATION_JSON_VALUE)
    ConvenorIncome convenor(@RequestBody ConvenorIncome income, Principal user) {
        return writes.convenor(income, user.getName());
    }

    /** Erases the member and its personal data; answers what was removed. */
    @DeleteMapping("/members/{id}")
    Erased erase(@PathVariable String id, Principal user) {
        return writes.erase(id, user.getName());
    }

    /** The newest changes first: who, when, how and how many records, never the records. */
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
