package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.convenor.FrozenPolicy;
import org.convenor.engine.compile.RuleSetCompiler;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every version of every rule set in this project's git history compiles against today's classes, and so do the
 * frozen copies. Restoring an old version from the rule history recompiles its DRL, so the classes DRL imports keep
 * their package, name, public constructors and methods: a move or a rename that breaks an old version fails here,
 * naming the commit and the rule set. The versions are read from git objects, never from the live folder on disk,
 * which belongs to staff ({@code LiveRulesIsolationTests}).
 */
class HistoryCompilesTests {

    /**
     * The first version of the rule history feature whose DRL still compiles: older versions import classes that
     * moved before any of them could be restored.
     */
    static final String FIRST = "44d56fb";
    /** Where rule sets sit in the project's tree: the shipped default policy and its frozen copy for the tests. */
    static final List<String> RULE_SET_FOLDERS = List.of("rules", "src/test/resources/policy/rules");
    static final String NEEDS_A_FULL_CLONE = "This test reads every rule-set version in the project's git history"
            + " since " + FIRST + ", so it needs a full clone (git clone without --depth; git fetch --unshallow"
            + " in CI)";

    final RuleSetCompiler compiler = new RuleSetCompiler();

    @TempDir
    Path written;

    @Test
    void everyRuleSetVersionInTheHistoryCompiles() throws IOException {
        Map<String, Version> versions = versionsSinceFirst();

        assertThat(versions.values()).extracting(Version::ruleSet).containsAll(frozenRuleSets());
        SoftAssertions softly = new SoftAssertions();
        for (Version version : versions.values()) {
            Path folder = version.writeUnder(written);
            softly.assertThatCode(() -> compiler.compile(version.ruleSet(), folder)).as(version.toString())
                    .doesNotThrowAnyException();
        }
        softly.assertAll();
    }

    @Test
    void theFrozenRuleSetsCompile() throws IOException {
        for (String ruleSet : frozenRuleSets()) {
            assertThatCode(() -> compiler.compile(ruleSet, FrozenPolicy.rules(ruleSet))).as(ruleSet)
                    .doesNotThrowAnyException();
        }
    }

    /**
     * Each distinct version (by the service's own content hash) of each rule set, named by the oldest commit that
     * holds it: the tree at {@link #FIRST} and every later commit that changed a rule-set folder.
     */
    private static Map<String, Version> versionsSinceFirst() throws IOException {
        Map<String, Version> versions = new LinkedHashMap<>();
        try (Repository repository = projectRepository(); RevWalk walk = new RevWalk(repository);
                ObjectReader reader = repository.newObjectReader()) {
            ObjectId firstId = repository.resolve(FIRST + "^{commit}");
            if (firstId == null) {
                fail(NEEDS_A_FULL_CLONE + ": commit " + FIRST + " is not in " + repository.getDirectory());
            }
            RevCommit first = walk.parseCommit(firstId);
            List<RevCommit> commits = new ArrayList<>(List.of(first));
            walk.markStart(walk.parseCommit(repository.resolve(Constants.HEAD)));
            for (RevCommit parent : first.getParents()) {
                walk.markUninteresting(walk.parseCommit(parent));
            }
            walk.setTreeFilter(AndTreeFilter.create(PathFilterGroup.createFromStrings(RULE_SET_FOLDERS),
                    TreeFilter.ANY_DIFF));
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.REVERSE, true);
            walk.forEach(commits::add);
            for (RevCommit commit : commits) {
                for (Version version : versionsAt(commit, repository, reader)) {
                    versions.putIfAbsent(version.ruleSet() + "@" + RuleSetCompiler.version(version.files()), version);
                }
            }
        }
        return versions;
    }

    /** The project's own repository, found upward from the working directory, with all of its history. */
    private static Repository projectRepository() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(here.toFile());
        if (builder.getGitDir() == null) {
            fail(NEEDS_A_FULL_CLONE + ": there is no git repository at or above " + here);
        }
        Repository repository = builder.build();
        if (!repository.getObjectDatabase().getShallowCommits().isEmpty()) {
            repository.close();
            fail(NEEDS_A_FULL_CLONE + ": " + repository.getDirectory() + " is a shallow clone");
        }
        return repository;
    }

    /** The rule sets of one commit: each folder's {@code .drl} files, as {@link RuleSetCompiler} reads a folder. */
    private static List<Version> versionsAt(RevCommit commit, Repository repository, ObjectReader reader)
            throws IOException {
        Map<String, Version> byFolder = new TreeMap<>();
        try (TreeWalk tree = new TreeWalk(repository, reader)) {
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            tree.setFilter(PathFilterGroup.createFromStrings(RULE_SET_FOLDERS));
            while (tree.next()) {
                String path = tree.getPathString();
                for (String root : RULE_SET_FOLDERS) {
                    // <root>/<rule set>/<file>.drl; the compiler reads no subfolder and no other file.
                    String[] parts = path.startsWith(root + "/") ? path.substring(root.length() + 1).split("/")
                            : new String[0];
                    if (parts.length == 2 && parts[1].endsWith(".drl")) {
                        byFolder.computeIfAbsent(root + "/" + parts[0], folder -> new Version(parts[0], folder, commit))
                                .files().put(parts[1], reader.open(tree.getObjectId(0)).getBytes());
                    }
                }
            }
        }
        return List.copyOf(byFolder.values());
    }

    private static List<String> frozenRuleSets() throws IOException {
        try (Stream<Path> folders = Files.list(FrozenPolicy.RULES)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted()
                    .toList();
        }
    }

    /** One rule set's files as one commit holds them, under {@code folder} in the tree. */
    private record Version(String ruleSet, String folder, RevCommit commit, Map<String, byte[]> files) {

        Version(String ruleSet, String folder, RevCommit commit) {
            this(ruleSet, folder, commit, new TreeMap<>());
        }

        Path writeUnder(Path root) throws IOException {
            Path directory = Files.createDirectories(root.resolve(commit.abbreviate(7).name()).resolve(folder));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(directory.resolve(file.getKey()), file.getValue());
            }
            return directory;
        }

        @Override
        public String toString() {
            String subject = commit.getShortMessage();
            return folder + " as of commit " + commit.abbreviate(7).name() + " ("
                    + (subject.length() > 72 ? subject.substring(0, 71) + "…" : subject) + ")";
        }
    }
}
