package org.convenor.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Editors' drafts on disk, so they survive a restart: {@code <drafts>/<editor>/<id>/} holds {@code draft.json}
 * and the draft's {@code rules/} and {@code scenarios/} files. An editor only ever reaches their own drafts, and
 * a file path can only name a DRL or YAML file directly inside {@code rules/} or {@code scenarios/}.
 */
@Component
public class DraftStore {

    /** {@code rules/<name>.drl} or {@code scenarios/<name>.yaml}: one plain name, nothing that could climb out. */
    private static final Pattern PATH = Pattern.compile("(rules/[A-Za-z0-9][A-Za-z0-9_.-]*\\.drl)"
            + "|(scenarios/[A-Za-z0-9][A-Za-z0-9_.-]*\\.ya?ml)");
    private static final String METADATA = "draft.json";

    private final Path root;
    private final long maxFileSize;
    private final JsonMapper json;
    private final Clock clock;

    public DraftStore(RuleChangeProperties properties, JsonMapper json, Clock clock) {
        this.root = properties.drafts();
        this.maxFileSize = properties.maxFileSize().toBytes();
        this.json = json;
        this.clock = clock;
    }

    public synchronized Draft create(String owner, HistoryEntry head, RuleSetFiles files) {
        Draft draft = new Draft(UUID.randomUUID().toString(), files.ruleSet(), owner, head.id(), head.version(),
                clock.instant());
        Path folder = folder(draft);
        try {
            Files.createDirectories(folder);
            files.files().forEach((path, content) -> write(folder.resolve(path), content));
            Files.write(folder.resolve(METADATA), json.writeValueAsBytes(draft));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a draft of " + files.ruleSet(), e);
        }
        return draft;
    }

    /** The editor's drafts of one rule set, oldest first. */
    public synchronized List<Draft> list(String owner, String ruleSet) {
        Path folder = root.resolve(owner);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Draft> drafts = new ArrayList<>();
        try (Stream<Path> folders = Files.list(folder)) {
            for (Path draftFolder : folders.filter(f -> Files.isRegularFile(f.resolve(METADATA))).toList()) {
                Draft draft = json.readValue(draftFolder.resolve(METADATA).toFile(), Draft.class);
                if (draft.ruleSet().equals(ruleSet)) {
                    drafts.add(draft);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the drafts of " + owner, e);
        }
        drafts.sort(Comparator.comparing(Draft::createdAt));
        return drafts;
    }

    /** The editor's own draft of the rule set with this id; another editor's draft is not found. */
    public synchronized Optional<Draft> find(String owner, String ruleSet, String id) {
        return list(owner, ruleSet).stream().filter(draft -> draft.id().equals(id)).findFirst();
    }

    public synchronized void discard(Draft draft) {
        try {
            FileSystemUtils.deleteRecursively(folder(draft));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot discard draft " + draft.id(), e);
        }
    }

    public synchronized RuleSetFiles files(Draft draft) {
        return RuleSetFiles.read(draft.ruleSet(), rulesFolder(draft), scenariosFolder(draft));
    }

    public Path rulesFolder(Draft draft) {
        return folder(draft).resolve("rules");
    }

    public Path scenariosFolder(Draft draft) {
        return folder(draft).resolve("scenarios");
    }

    public synchronized Optional<String> read(Draft draft, String path) {
        Path file = folder(draft).resolve(checked(path));
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** Writes a file of the draft: a DRL or YAML file, plain UTF-8 text, within the size limit. */
    public synchronized void write(Draft draft, String path, byte[] content) {
        checked(path);
        if (content.length > maxFileSize) {
            throw invalid("content", "the file is " + content.length + " bytes; the limit is " + maxFileSize
                    + " (convenor.rule-changes.max-file-size)");
        }
        if (!isText(content)) {
            throw invalid("content", "the file must be UTF-8 text");
        }
        write(folder(draft).resolve(path), content);
    }

    /** @return whether there was such a file */
    public synchronized boolean delete(Draft draft, String path) {
        try {
            return Files.deleteIfExists(folder(draft).resolve(checked(path)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }

    private Path folder(Draft draft) {
        return root.resolve(draft.owner()).resolve(draft.id());
    }

    private static String checked(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw invalid("path", "'" + path + "' is not a draft file: use rules/<name>.drl or scenarios/<name>.yaml");
        }
        return path;
    }

    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.indexOf('\0') < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }
}
