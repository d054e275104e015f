package org.convenor.network.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.Principal;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.network.Link;
import org.convenor.network.Member;
import org.convenor.network.Reader;
import org.convenor.network.store.AuditLog;
import org.convenor.network.store.MemberExport;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.ReadLog;
import org.convenor.network.store.StoredInteraction;
import org.convenor.system.SpreadsheetCsv;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * A member's export, for the API and the member's page alike: as JSON, or as a zip of CSV files, one per kind of
 * record. The CSV columns are the JSON's fields, read from the records themselves, so a field added to a record is
 * exported without anyone remembering to; a list is one cell, its values separated by {@code ;} as the imports
 * read them (the member's file imports back as it is).
 */
@Component
class MemberExports {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    static final String JSON = "json";
    static final String CSV = "csv";

    private final NetworkStore store;
    private final AuditLog audit;
    private final ReadLog reads;
    private final JsonMapper json;
    private final Clock clock;

    MemberExports(NetworkStore store, AuditLog audit, ReadLog reads, JsonMapper json, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.reads = reads;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Everything held about the member with this id, as stored (any id, also one of the old shape). Only ADMIN
     * exports, and sees everything; the read log records the export of a restricted member or confidential notes.
     */
    Optional<MemberExport> find(String memberId, Principal user) {
        Optional<MemberExport> export = MemberExport.of(store.read(), memberId, audit, OffsetDateTime.now(clock));
        export.ifPresent(found -> reads.opened(Reader.of(user), found.member(),
                found.interactions().stream().anyMatch(StoredInteraction::confidential), ReadLog.OpenedIn.EXPORT));
        return export;
    }

    /** A {@code format} asked for: {@code json} (also when none is) or {@code csv}. */
    static boolean csv(String format) {
        if (!JSON.equals(format) && !CSV.equals(format)) {
            throw new InvalidInputException(List.of(new FieldProblem("format", "must be json or csv")));
        }
        return CSV.equals(format);
    }

    /** The name a download is saved under; an id stored before the id rule ({@code a/b}) is no file name as it is. */
    static String attachment(MemberExport export, boolean csv) {
        String name = "member-" + export.member().id().replaceAll("[^A-Za-z0-9._-]", "_") + (csv ? ".zip" : ".json");
        return ContentDisposition.attachment().filename(name).build().toString();
    }

    void json(MemberExport export, OutputStream out) {
        json.writeValue(out, export);
    }

    byte[] zip(MemberExport export) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            file(zip, "member.csv", Member.class, List.of(export.member()));
            file(zip, "interactions.csv", StoredInteraction.class, export.interactions());
            file(zip, "invitations.csv", MemberExport.Invitation.class, export.invitations());
            file(zip, "responses.csv", MemberExport.Response.class, export.responses());
            file(zip, "reaches.csv", MemberExport.Reach.class, export.reaches());
            file(zip, "links.csv", Link.class, export.links());
            file(zip, "audit-entries.csv", AuditLog.Entry.class, export.auditEntries());
        }
        return bytes.toByteArray();
    }

    /** One kind of record as one file: a header of the record's fields, a row per record (only a header for none). */
    private <T extends Record> void file(ZipOutputStream zip, String name, Class<T> type, List<T> records)
            throws IOException {
        List<String> columns = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out, columns)) {
            for (T record : records) {
                JsonNode fields = json.valueToTree(record);
                csv.row(columns.stream().map(column -> cell(fields.get(column))).toArray());
            }
        }
        zip.putNextEntry(new ZipEntry(name));
        zip.write(out.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> values = new ArrayList<>();
            value.forEach(element -> values.add(element.asString()));
            return String.join(";", values);
        }
        return value.asString();
    }
}
