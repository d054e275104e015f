package org.convenor.rulesets.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.ObjectWalk;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The history as a bare git repository on this instance's disk ({@code convenor.rule-changes.history}): read once,
 * when a database without a history imports it, and written on every head this instance sees, so those who read
 * history with git can. Its commit ids are the database's, object for object.
 */
public final class GitExport implements AutoCloseable {

    public static final String BRANCH = Constants.R_HEADS + "main";

    private final Path directory;
    private final Repository repository;

    private GitExport(Path directory, Repository repository) {
        this.directory = directory;
        this.repository = repository;
    }

    /** The repository in the folder, made (empty, bare) when there is none. */
    public static GitExport open(Path directory) {
        try {
            if (!Files.exists(directory.resolve("HEAD"))) {
                Files.createDirectories(directory);
                Git.init().setBare(true).setInitialBranch("main").setDirectory(directory.toFile()).call().close();
            }
            return new GitExport(directory,
                    new FileRepositoryBuilder().setGitDir(directory.toFile()).setBare().build());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the git export of the rule history at " + directory, e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("Cannot create the git export of the rule history at " + directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    public Optional<String> head() {
        try {
            return Optional.ofNullable(repository.resolve(BRANCH)).map(ObjectId::name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every object the head reaches, commits first, each with its type and content as git hashes it. */
    public List<StoredObject> reachable() {
        List<StoredObject> objects = new ArrayList<>();
        Optional<String> head = head();
        if (head.isEmpty()) {
            return objects;
        }
        try (ObjectWalk walk = new ObjectWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            walk.markStart(walk.parseAny(ObjectId.fromString(head.get())));
            for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                objects.add(read(reader, commit));
            }
            for (RevObject object = walk.nextObject(); object != null; object = walk.nextObject()) {
                objects.add(read(reader, object));
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the git history at " + directory, e);
        }
    }

    private static StoredObject read(ObjectReader reader, RevObject object) throws IOException {
        return new StoredObject(0, object.name(), object.getType(), reader.open(object).getCachedBytes());
    }

    public boolean has(String id) {
        try {
            return repository.getObjectDatabase().has(ObjectId.fromString(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the objects the repository lacks and moves its branch to the head. */
    public void write(Collection<StoredObject> objects, String head) {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            for (StoredObject object : objects) {
                if (!has(object.id())) {
                    inserter.insert(object.type(), object.content());
                }
            }
            inserter.flush();
            RefUpdate update = repository.updateRef(BRANCH);
            update.setNewObjectId(ObjectId.fromString(head));
            update.forceUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the git export of the rule history at " + directory, e);
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
