package org.convenor.rulesets.drafts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.rulesets.AcceptedScenario;
import org.convenor.rulesets.HistoryEntry;
import org.convenor.rulesets.RuleChangeProperties;
import org.convenor.rulesets.RuleSetFiles;
import org.convenor.scenario.AcceptResult;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.server.ResponseStatusException;

/**
 * Editors' drafts on disk, so they survive a restart: {@code <drafts>/<editor>/<id>/} holds {@code draft.json}
 * and the draft's {@code rules/} and {@code scenarios/} files. An editor only ever reaches their own drafts, and
 * a file path can only name a DRL or YAML file directly inside {@code rules/} or {@code scenarios/}.
 * <p>
 * A draft holds only its own files: no symbolic link inside the drafts folder is ever followed, so a link planted
 * there (to the live rules, to the service's configuration) can neither be read, nor written through, nor judged
 * by the gate. Such a link is answered as a file the draft does not have; deleting it removes only the link.
 */
@Component
public class DraftStore {

    /**
     * {@code rules/<name>.drl} or {@code scenarios/<name>.yaml}: one plain name of at most 100 characters, nothing
     * that could climb out, and well within what any file system takes (255 bytes).
     */
    private static final Pattern PATH = Pattern.compile("(rules/(?=[^/]{1,100}$)[A-Za-z0-9][A-Za-z0-9_.-]*\\.drl)"
            + "|(scenarios/(?=[^/]{1,100}$)[A-Za-z0-9][A-Za-z0-9_.-]*\\.ya?ml)");
    private static final String METADATA = "draft.json";
    private static final String ACCEPTED = "accepted.json";

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
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Draft> drafts = new ArrayList<>();
        try (Stream<Path> folders = Files.list(folder)) {
            for (Path draftFolder : folders.filter(f -> Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)
                    && Files.isRegularFile(f.resolve(METADATA), LinkOption.NOFOLLOW_LINKS)).toList()) {
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
        if (linkAbove(folder(draft)) != null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no draft " + draft.id() + " here: its "
                    + "folder is reached through a link, and drafts never follow links.");
        }
        try {
            FileSystemUtils.deleteRecursively(folder(draft));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot discard draft " + draft.id(), e);
        }
    }

    /** @throws ResponseStatusException 404 when the draft holds a link */
    public synchronized RuleSetFiles files(Draft draft) {
        return RuleSetFiles.read(draft.ruleSet(), rulesFolder(draft), scenariosFolder(draft));
    }

    /** The paths of the draft's own files, links left out: what the draft shows. */
    public synchronized List<String> paths(Draft draft) {
        List<String> paths = new ArrayList<>();
        for (String folder : List.of("rules", "scenarios")) {
            Path inside = folder(draft).resolve(folder);
            if (linkAbove(inside) == null && Files.isDirectory(inside, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> files = Files.list(inside)) {
                    files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                            .map(file -> folder + "/" + file.getFileName())
                            .filter(RuleSetFiles::isRuleSetFile).sorted().forEach(paths::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list the files of draft " + draft.id(), e);
                }
            }
        }
        return paths;
    }

    /** The scenarios whose new values the editor accepted in this draft, in the order first accepted. */
    public synchronized List<AcceptedScenario> accepted(Draft draft) {
        Path file = folder(draft).resolve(ACCEPTED);
        if (linkAbove(file) != null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        return List.of(json.readValue(file.toFile(), AcceptedScenario[].class));
    }

    /**
     * Records a scenario accepted: accepted again, it keeps its place, takes the newer title, and lists the values
     * changed both times.
     */
    public synchronized void accepted(Draft draft, AcceptedScenario scenario) {
        List<AcceptedScenario> all = new ArrayList<>(accepted(draft));
        int at = all.stream().map(AcceptedScenario::scenario).toList().indexOf(scenario.scenario());
        if (at < 0) {
            all.add(scenario);
        } else {
            List<AcceptResult.Change> changes = new ArrayList<>(all.get(at).changes());
            changes.addAll(scenario.changes());
            all.set(at, new AcceptedScenario(scenario.scenario(), scenario.name(), changes));
        }
        Path file = folder(draft).resolve(ACCEPTED);
        if (linkAbove(file) != null || Files.isSymbolicLink(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The draft's record of accepted scenarios is a "
                    + "link to elsewhere, and drafts never follow links.");
        }
        write(file, json.writeValueAsBytes(all));
    }

    /** The folder the gate judges; @throws ResponseStatusException 404 when the draft holds a link */
    public Path rulesFolder(Draft draft) {
        return linkFree(draft, "rules");
    }

    /** The folder the gate judges; @throws ResponseStatusException 404 when the draft holds a link */
    public Path scenariosFolder(Draft draft) {
        return linkFree(draft, "scenarios");
    }

    public synchronized Optional<String> read(Draft draft, String path) {
        Path file = folder(draft).resolve(checked(path));
        if (linkAbove(file) != null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
        Path file = folder(draft).resolve(path);
        if (linkAbove(file) != null || Files.isSymbolicLink(file)) {
            throw notInDraft(path);
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    /**
     * Deletes a file of the draft, or a link planted in its place (never what the link leads to).
     *
     * @return whether there was such a file
     */
    public synchronized boolean delete(Draft draft, String path) {
        Path file = folder(draft).resolve(checked(path));
        if (linkAbove(file) != null) {
            throw notInDraft(path);
        }
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }

    private Path folder(Draft draft) {
        return root.resolve(draft.owner()).resolve(draft.id());
    }

    /** The first link between the drafts folder and this path (the path itself left out), or null. */
    private Path linkAbove(Path path) {
        for (Path step = path.getParent(); step != null && step.startsWith(root) && !step.equals(root);
                step = step.getParent()) {
            if (Files.isSymbolicLink(step)) {
                return step;
            }
        }
        return null;
    }

    /** One of the draft's two folders, provided neither it, nor anything in it, nor a folder above it is a link. */
    private Path linkFree(Draft draft, String name) {
        Path folder = folder(draft).resolve(name);
        Path link = Files.isSymbolicLink(folder) ? folder : linkAbove(folder);
        if (link == null && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.list(folder)) {
                link = files.filter(Files::isSymbolicLink).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the files of draft " + draft.id(), e);
            }
        }
        if (link != null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The draft holds "
                    + folder(draft).relativize(link) + ", a link to elsewhere: drafts never follow links. Delete it, "
                    + "or discard the draft.");
        }
        return folder;
    }

    private static ResponseStatusException notInDraft(String path) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "The draft has no file " + path
                + ": it is a link to elsewhere, and drafts never follow links.");
    }

    private static String checked(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            String shown = path == null || path.length() <= 120 ? path : path.substring(0, 120) + "…";
            throw invalid("path", "'" + shown + "' is not a draft file: use rules/<name>.drl or scenarios/<name>.yaml, "
                    + "the name at most 100 letters, digits, '.', '_' or '-'");
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
