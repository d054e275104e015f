package org.convenor.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.convenor.engine.RulesProperties;
import org.convenor.rulesets.store.ChangeTable;
import org.convenor.rulesets.store.GitExport;
import org.convenor.rulesets.store.HistoryTable;
import org.convenor.rulesets.store.StoredObject;
import org.convenor.rulesets.store.ThisInstance;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.ObjectWalk;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every version of every rule set that became active, kept in the database as git objects: one commit per
 * activation, with the editor as author and their message, the rule set's files under {@code <rule set>/}, so the
 * ids are real git ids. A rule set's newest entry is therefore always its active version, on every instance. This
 * instance reads it through an in-memory git repository it brings up to the database's head before every read; a
 * write locks the head row, so writers on every instance take turns. The optional git export
 * ({@code convenor.rule-changes.history}) is written on every head this instance sees; a git history found there
 * when the database has none is imported with its ids, and one that is not the database's is refused.
 */
@Component
public class RuleSetHistory {

    public static final String FILE_SYSTEM = "file system";
    /** The trailer (as git writes them) naming an EDITOR who approved the change, one line each. */
    public static final String APPROVED_BY = "Approved-by: ";
    private static final Logger log = LoggerFactory.getLogger(RuleSetHistory.class);
    private static final String BRANCH = GitExport.BRANCH;

    // JGit's block cache is shared by the whole JVM and keyed by the repository's name: a name of its own each.
    private final InMemoryRepository repository = new InMemoryRepository(
            new DfsRepositoryDescription("rule-history-" + UUID.randomUUID()));
    private final HistoryTable table;
    private final ChangeTable changes;
    private final ThisInstance instance;
    private final java.time.Clock clock;
    private final TransactionTemplate transactions;
    private final @Nullable Path exportTo;
    private @Nullable GitExport export;
    private @Nullable String exported;
    private long loaded;

    public RuleSetHistory(RuleChangeProperties properties, RulesProperties rules, HistoryTable table,
            ChangeTable changes, ThisInstance instance, java.time.Clock clock, PlatformTransactionManager transactions) {
        this.table = table;
        this.changes = changes;
        this.instance = instance;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
        // A path, not blank: a blank value (the tests' own) means no export, which Path would turn into the default.
        this.exportTo = properties.history().isBlank() ? null : Path.of(properties.history()).toAbsolutePath()
                .normalize();
        if (exportTo != null) {
            refuseInside(exportTo, rules.directory());
            refuseInside(exportTo, rules.scenarios());
        }
    }

    private static void refuseInside(Path history, Path folder) {
        if (history.startsWith(folder.toAbsolutePath().normalize())) {
            throw new IllegalStateException("The rule history's git export (" + history + ") must not be inside "
                    + folder + ": set convenor.rule-changes.history to a folder of its own, e.g. data/history");
        }
    }

    /**
     * At start-up, before anything reads the history: imports the git history at {@code
     * convenor.rule-changes.history} into a database that has none, keeping its ids; refuses one that is not the
     * database's (it is left as it is and nothing is exported there); otherwise brings the export up to date.
     */
    public synchronized void importOrExport() {
        if (exportTo == null) {
            return;
        }
        GitExport git = GitExport.open(exportTo);
        Optional<String> gitHead = git.head();
        if (gitHead.isPresent()) {
            String imported = transactions.execute(status -> {
                if (table.lockHead().isPresent()) {
                    return null;
                }
                List<StoredObject> objects = git.reachable();
                table.insert(objects);
                table.moveHead(gitHead.get());
                return gitHead.get();
            });
            if (imported != null) {
                log.info("Imported the rule history from the git repository at {} into the database, its ids kept "
                        + "(head {}).", exportTo, imported);
            } else if (!gitHead.get().equals(table.head().orElse(null)) && !table.holds(gitHead.get())) {
                log.error("The git history at {} (head {}) is not the database's history (head {}): refused, not "
                        + "merged. The database's history stays active and nothing is exported there; move that "
                        + "folder aside to export the database's history to it.", exportTo, gitHead.get(),
                        table.head().orElse("none"));
                git.close();
                return;
            }
        }
        export = git;
        sync();
    }

    /** Locks the head row until the caller's transaction ends: publishes on every instance take turns. */
    Optional<String> lockHead() {
        return table.lockHead();
    }

    /** The rule set's entries, newest first. */
    public synchronized List<HistoryEntry> entries(String ruleSet) {
        sync();
        List<HistoryEntry> entries = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(BRANCH);
            if (head == null) {
                return entries;
            }
            for (RevCommit commit : new Git(repository).log().add(head).addPath(ruleSet).call()) {
                entries.add(entry(ruleSet, walk.parseCommit(commit)));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("Cannot read the rule history", e);
        }
    }

    /** The newest entry of the rule set: the version that is active. */
    public synchronized Optional<HistoryEntry> head(String ruleSet) {
        List<HistoryEntry> entries = entries(ruleSet);
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
    }

    public synchronized Optional<HistoryEntry> entry(String ruleSet, String id) {
        return entries(ruleSet).stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /** The rule sets the history holds. */
    public synchronized List<String> ruleSets() {
        sync();
        List<String> names = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            ObjectId head = repository.resolve(BRANCH);
            if (head != null) {
                tree.addTree(walk.parseCommit(head).getTree());
                while (tree.next()) {
                    names.add(tree.getPathString());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule set's files as an entry recorded them. */
    public synchronized RuleSetFiles files(String ruleSet, String id) {
        sync();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            return filesAt(ruleSet, walk.parseCommit(ObjectId.fromString(id)), reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records the files as the rule set's newest entry, unless they are exactly the newest entry's already
     * (a save the watcher sees after a publish wrote it, say): then the head is returned as it is.
     */
    public HistoryEntry record(RuleSetFiles files, String author, String message) {
        return record(files, author, message, List.of());
    }

    /**
     * As {@link #record(RuleSetFiles, String, String)}, naming who approved the change in its commit's trailers.
     * One transaction (the caller's, when it has one) with the head row locked: the commit's objects, the head's
     * move and the change log's row are written together or not at all.
     */
    public HistoryEntry record(RuleSetFiles files, String author, String message, List<String> approvedBy) {
        boolean own = !TransactionSynchronizationManager.isActualTransactionActive();
        HistoryEntry entry = transactions.execute(status -> recordOn(table.lockHead().orElse(null), files, author,
                message, approvedBy));
        if (own) {
            committed();
        }
        return entry;
    }

    /** A transaction that recorded an entry committed: the export follows. */
    void committed() {
        sync();
    }

    private synchronized HistoryEntry recordOn(@Nullable String lockedHead, RuleSetFiles files, String author,
            String message, List<String> approvedBy) {
        syncTo(lockedHead);
        try (ObjectInserter inserter = repository.newObjectInserter(); RevWalk walk = new RevWalk(repository);
                ObjectReader reader = repository.newObjectReader()) {
            RevCommit head = lockedHead == null ? null : walk.parseCommit(ObjectId.fromString(lockedHead));
            if (head != null && filesAt(files.ruleSet(), head, reader).sameContent(files)) {
                Optional<HistoryEntry> current = head(files.ruleSet());
                if (current.isPresent()) {
                    return current.get();
                }
            }
            ObjectId tree = treeWith(files, head, inserter, reader);
            PersonIdent person = new PersonIdent(author, author.replace(' ', '-') + "@convenor", clock.instant(),
                    ZoneOffset.UTC);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            if (head != null) {
                commit.setParentId(head);
            }
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setMessage(approvedBy.isEmpty() ? message : message + "\n\n" + String.join("\n",
                    approvedBy.stream().map(editor -> APPROVED_BY + editor).toList()));
            ObjectId commitId = inserter.insert(commit);
            inserter.flush();
            table.insert(newObjects(commitId, head));
            table.moveHead(commitId.name());
            changes.record(files.ruleSet(), files.version(), commitId.name(), instance.id(), clock.instant());
            moveBranch(commitId);
            return entry(files.ruleSet(), walk.parseCommit(commitId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record rule set " + files.ruleSet() + " in the history", e);
        }
    }

    /** The commit and what it reaches that its parent does not: what the database does not hold yet. */
    private List<StoredObject> newObjects(ObjectId commit, @Nullable RevCommit parent) throws IOException {
        List<StoredObject> objects = new ArrayList<>();
        try (ObjectWalk walk = new ObjectWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            walk.markStart(walk.parseAny(commit));
            if (parent != null) {
                walk.markUninteresting(walk.parseAny(parent));
            }
            List<StoredObject> commits = new ArrayList<>();
            for (RevCommit found = walk.next(); found != null; found = walk.next()) {
                commits.add(stored(reader, found));
            }
            for (RevObject found = walk.nextObject(); found != null; found = walk.nextObject()) {
                objects.add(stored(reader, found));
            }
            // Trees and blobs before the commit that needs them: a reader loading in order never misses one.
            objects.addAll(commits);
        }
        return objects;
    }

    private static StoredObject stored(ObjectReader reader, RevObject object) throws IOException {
        return new StoredObject(0, object.name(), object.getType(), reader.open(object).getCachedBytes());
    }

    /** Brings the in-memory repository (and the export) up to the database's head. */
    private synchronized void sync() {
        syncTo(table.head().orElse(null));
    }

    private void syncTo(@Nullable String head) {
        if (!Objects.equals(head, branch())) {
            load(head);
        }
        // Only a head read outside any transaction is surely committed: a publish's own reads are not exported.
        if (head != null && export != null && !head.equals(exported)
                && !TransactionSynchronizationManager.isActualTransactionActive()) {
            exportTo(head);
        }
    }

    private void load(@Nullable String head) {
        List<StoredObject> objects = table.after(loaded);
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            for (StoredObject object : objects) {
                inserter.insert(object.type(), object.content());
                loaded = Math.max(loaded, object.seq());
            }
            inserter.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule history", e);
        }
        if (head != null) {
            moveBranch(ObjectId.fromString(head));
        }
    }

    /** Writes what the export lacks of the head's history and moves its branch there. */
    private void exportTo(String head) {
        try {
            ObjectId from = ObjectId.fromString(head);
            // From what the export holds already: the whole history when that is not one of ours.
            List<StoredObject> objects = newObjects(from, export.head().map(this::commit).orElse(null));
            export.write(objects, head);
            exported = head;
        } catch (IOException | RuntimeException e) {
            log.warn("Could not write the git export of the rule history at {}: {}", export.directory(),
                    e.getMessage());
        }
    }

    private @Nullable RevCommit commit(String id) {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(ObjectId.fromString(id));
        } catch (IOException e) {
            return null;
        }
    }

    private @Nullable String branch() {
        try {
            ObjectId head = repository.resolve(BRANCH);
            return head == null ? null : head.name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void moveBranch(ObjectId commit) {
        try {
            RefUpdate update = repository.updateRef(BRANCH);
            update.setNewObjectId(commit);
            update.forceUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The head's tree with this rule set's folder replaced by the files. */
    private ObjectId treeWith(RuleSetFiles files, RevCommit head, ObjectInserter inserter, ObjectReader reader)
            throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        String prefix = files.ruleSet() + "/";
        if (head != null) {
            try (TreeWalk walk = new TreeWalk(reader)) {
                walk.addTree(head.getTree());
                walk.setRecursive(true);
                while (walk.next()) {
                    if (!walk.getPathString().startsWith(prefix)) {
                        DirCacheEntry kept = new DirCacheEntry(walk.getPathString());
                        kept.setFileMode(walk.getFileMode(0));
                        kept.setObjectId(walk.getObjectId(0));
                        builder.add(kept);
                    }
                }
            }
        }
        for (var file : files.files().entrySet()) {
            DirCacheEntry entry = new DirCacheEntry(prefix + file.getKey());
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue()));
            builder.add(entry);
        }
        builder.finish();
        return index.writeTree(inserter);
    }

    private RuleSetFiles filesAt(String ruleSet, RevCommit commit, ObjectReader reader) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            walk.setFilter(PathFilter.create(ruleSet));
            while (walk.next()) {
                files.put(walk.getPathString().substring(ruleSet.length() + 1),
                        reader.open(walk.getObjectId(0)).getBytes());
            }
        }
        return new RuleSetFiles(ruleSet, files);
    }

    private HistoryEntry entry(String ruleSet, RevCommit commit) throws IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            PersonIdent author = commit.getAuthorIdent();
            String message = commit.getFullMessage().strip();
            List<String> approvedBy = new ArrayList<>();
            // Approvals are the last paragraph of trailers; the accepted scenarios' lines come before it.
            int trailers = message.lastIndexOf("\n\n");
            if (trailers >= 0 && message.substring(trailers + 2).lines().allMatch(l -> l.startsWith(APPROVED_BY))) {
                message.substring(trailers + 2).lines().forEach(l -> approvedBy.add(l.substring(APPROVED_BY.length())));
                message = message.substring(0, trailers).strip();
            }
            return new HistoryEntry(commit.getName(), filesAt(ruleSet, commit, reader).version(), author.getName(),
                    AcceptedScenario.messageOf(message), author.getWhenAsInstant(), changedFiles(ruleSet, commit, reader),
                    approvedBy, AcceptedScenario.of(message));
        }
    }

    private List<String> changedFiles(String ruleSet, RevCommit commit, ObjectReader reader) throws IOException {
        List<String> changed = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(reader)) {
            if (commit.getParentCount() > 0) {
                try (RevWalk revWalk = new RevWalk(reader)) {
                    walk.addTree(revWalk.parseCommit(commit.getParent(0)).getTree());
                }
            } else {
                walk.addTree(new EmptyTreeIterator());
            }
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            walk.setFilter(AndTreeFilter.create(PathFilter.create(ruleSet), TreeFilter.ANY_DIFF));
            while (walk.next()) {
                changed.add(walk.getPathString().substring(ruleSet.length() + 1));
            }
        }
        return changed;
    }
}
