package org.convenor.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.convenor.engine.RulesProperties;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.springframework.stereotype.Component;

/**
 * Every version of every rule set that became active, in a bare git repository of its own: one commit per
 * activation, with the editor as author and their message, the rule set's files under {@code <rule set>/}.
 * A rule set's newest entry is therefore always its active version. The repository has no working tree, so
 * nothing in it can be mistaken for a rule set on disk.
 */
@Component
public class RuleSetHistory {

    public static final String FILE_SYSTEM = "file system";
    /** The trailer (as git writes them) naming an EDITOR who approved the change, one line each. */
    public static final String APPROVED_BY = "Approved-by: ";
    private static final String BRANCH = Constants.R_HEADS + "main";

    private final Repository repository;

    public RuleSetHistory(RuleChangeProperties properties, RulesProperties rules) {
        Path directory = properties.history().toAbsolutePath().normalize();
        refuseInside(directory, rules.directory());
        refuseInside(directory, rules.scenarios());
        this.repository = open(directory);
    }

    private static void refuseInside(Path history, Path folder) {
        if (history.startsWith(folder.toAbsolutePath().normalize())) {
            throw new IllegalStateException("The rule history (" + history + ") must not be inside " + folder
                    + ": set convenor.rule-changes.history to a folder of its own, e.g. data/history");
        }
    }

    private static Repository open(Path directory) {
        try {
            if (!Files.exists(directory.resolve("HEAD"))) {
                Files.createDirectories(directory);
                Git.init().setBare(true).setInitialBranch("main").setDirectory(directory.toFile()).call().close();
            }
            return new FileRepositoryBuilder().setGitDir(directory.toFile()).setBare().build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the rule history at " + directory, e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("Cannot create the rule history at " + directory, e);
        }
    }

    /** The rule set's entries, newest first. */
    public synchronized List<HistoryEntry> entries(String ruleSet) {
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

    /** The rule set's files as an entry recorded them. */
    public synchronized RuleSetFiles files(String ruleSet, String id) {
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
    public synchronized HistoryEntry record(RuleSetFiles files, String author, String message) {
        return record(files, author, message, List.of());
    }

    /** As {@link #record(RuleSetFiles, String, String)}, naming who approved the change in its commit's trailers. */
    public synchronized HistoryEntry record(RuleSetFiles files, String author, String message,
            List<String> approvedBy) {
        try (ObjectInserter inserter = repository.newObjectInserter(); RevWalk walk = new RevWalk(repository);
                ObjectReader reader = repository.newObjectReader()) {
            ObjectId headId = repository.resolve(BRANCH);
            RevCommit head = headId == null ? null : walk.parseCommit(headId);
            if (head != null && filesAt(files.ruleSet(), head, reader).sameContent(files)) {
                Optional<HistoryEntry> current = head(files.ruleSet());
                if (current.isPresent()) {
                    return current.get();
                }
            }
            ObjectId tree = treeWith(files, head, inserter, reader);
            PersonIdent person = new PersonIdent(author, author.replace(' ', '-') + "@convenor");
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
            RefUpdate update = repository.updateRef(BRANCH);
            update.setNewObjectId(commitId);
            update.setExpectedOldObjectId(headId == null ? ObjectId.zeroId() : headId);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
                throw new IllegalStateException("Could not record rule set " + files.ruleSet() + ": " + result);
            }
            return entry(files.ruleSet(), walk.parseCommit(commitId));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record rule set " + files.ruleSet() + " in the history", e);
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
