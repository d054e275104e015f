package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.convenor.ConvenorApplication;
import org.convenor.TempRules;
import org.convenor.engine.ActiveRuleSets;
import org.convenor.rulesets.drafts.Draft;
import org.convenor.rulesets.drafts.DraftStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Publishing and restoring through the gate, with history in the database, refusals, a crash after the commit, edits
 * on disk, and the git history imported or refused.
 */
class RuleSetPublisherTests {

    static final String OUTCOME = "fees/outcome.drl";
    /** The same file as a draft or a staged publish names it: inside a scratch folder, not the live rules. */
    static final String DRAFT_OUTCOME = "rules/outcome.drl";
    static final String WAIVER_WORDS = "\"The waiver applies: no fee.\"";

    @TempDir
    Path root;

    ConfigurableApplicationContext start(TempRules rules) {
        return start(rules, "store");
    }

    /** On a database file of its own name under the temporary folder, so a restart finds what was kept. */
    ConfigurableApplicationContext start(TempRules rules, String database, String... more) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--convenor.rules.watch=false",
                "--spring.datasource.url=jdbc:h2:file:" + root.resolve(database) + ";LOCK_TIMEOUT=30000"),
                java.util.Arrays.stream(more)).toArray(String[]::new);
        return new SpringApplicationBuilder(ConvenorApplication.class).web(WebApplicationType.NONE)
                .run(rules.args(args));
    }

    static Draft draftOf(ConfigurableApplicationContext context, String owner, String ruleSet) {
        RuleSetHistory history = context.getBean(RuleSetHistory.class);
        HistoryEntry head = history.head(ruleSet).orElseThrow();
        return context.getBean(DraftStore.class).create(owner, head, history.files(ruleSet, head.id()));
    }

    static void reword(ConfigurableApplicationContext context, Draft draft, String words) {
        DraftStore drafts = context.getBean(DraftStore.class);
        String text = drafts.read(draft, "rules/outcome.drl").orElseThrow();
        assertThat(text).contains(WAIVER_WORDS);
        drafts.write(draft, "rules/outcome.drl", text.replace(WAIVER_WORDS, words).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void startUpRecordsWhatIsOnDiskAsTheFirstEntryOfEachRuleSet() {
        try (ConfigurableApplicationContext context = start(TempRules.copy(root))) {
            RuleSetHistory history = context.getBean(RuleSetHistory.class);
            String active = context.getBean(ActiveRuleSets.class).get("fees").version();

            assertThat(history.entries("fees")).singleElement().satisfies(entry -> {
                assertThat(entry.author()).isEqualTo(RuleSetHistory.FILE_SYSTEM);
                assertThat(entry.version()).isEqualTo(active);
                assertThat(entry.files()).contains("rules/outcome.drl", "scenarios/waiver.yaml");
            });
            assertThat(history.entries("relationships")).hasSize(1);
        }
    }

    @Test
    void aPublishedDraftGoesLiveIsRecordedWithItsAuthorAndCanBeRestored() throws IOException {
        TempRules rules = TempRules.copy(root);
        try (ConfigurableApplicationContext context = start(rules)) {
            ActiveRuleSets active = context.getBean(ActiveRuleSets.class);
            RuleSetPublisher publisher = context.getBean(RuleSetPublisher.class);
            RuleSetHistory history = context.getBean(RuleSetHistory.class);
            String before = active.get("fees").version();
            Draft draft = draftOf(context, "amira", "fees");
            reword(context, draft, "\"The waiver applies: nothing is due.\"");

            RuleSetPublisher.Published published = publisher.publish(draft.base(), context.getBean(DraftStore.class)
                    .files(draft), "amira", "Plainer words for a waiver");

            assertThat(published.attempt().outcome()).isEqualTo(Outcome.ACTIVATED);
            assertThat(active.get("fees").version()).isEqualTo(published.entry().version()).isNotEqualTo(before);
            assertThat(Files.readString(rules.rules().resolve(OUTCOME))).contains("nothing is due");
            assertThat(history.entries("fees")).first().satisfies(entry -> {
                assertThat(entry.author()).isEqualTo("amira");
                assertThat(entry.message()).isEqualTo("Plainer words for a waiver");
                assertThat(entry.files()).containsExactly("rules/outcome.drl");
            });

            String original = history.entries("fees").get(1).id();
            RuleSetPublisher.Published restored = publisher.restore("fees", original, "amira", "Back to the old words");

            assertThat(active.get("fees").version()).isEqualTo(before).isEqualTo(restored.entry().version());
            assertThat(Files.readString(rules.rules().resolve(OUTCOME))).contains(WAIVER_WORDS);
            assertThat(history.entries("fees")).hasSize(3).first()
                    .satisfies(entry -> assertThat(entry.message()).isEqualTo("Back to the old words"));
        }
    }

    @Test
    void aDraftOfAnOlderHeadIsRefusedAndTheGateRefusesABrokenDraftWithoutWritingAnything() throws IOException {
        TempRules rules = TempRules.copy(root);
        try (ConfigurableApplicationContext context = start(rules)) {
            RuleSetPublisher publisher = context.getBean(RuleSetPublisher.class);
            DraftStore drafts = context.getBean(DraftStore.class);
            Draft first = draftOf(context, "amira", "fees");
            Draft second = draftOf(context, "joe", "fees");
            reword(context, first, "\"The waiver applies: nothing is due.\"");
            reword(context, second, "\"The waiver applies: nothing to pay.\"");
            publisher.publish(first.base(), drafts.files(first), "amira", "First");

            assertThatThrownBy(() -> publisher.publish(second.base(), drafts.files(second), "joe", "Second"))
                    .isInstanceOfSatisfying(RuleSetPublisher.HeadMovedException.class, e -> assertThat(e.since())
                            .singleElement().satisfies(entry -> assertThat(entry.author()).isEqualTo("amira")));

            Draft broken = draftOf(context, "joe", "fees");
            drafts.write(broken, "rules/outcome.drl", (drafts.read(broken, "rules/outcome.drl").orElseThrow()
                    + "\nrule \"Unfinished\"\nwhen\n").getBytes(StandardCharsets.UTF_8));
            String live = Files.readString(rules.rules().resolve(OUTCOME));
            assertThatThrownBy(() -> publisher.publish(broken.base(), drafts.files(broken), "joe", "Broken"))
                    .isInstanceOfSatisfying(RuleSetPublisher.GateRejectedException.class,
                            e -> assertThat(e.verdict().errors()).isNotEmpty());
            assertThat(Files.readString(rules.rules().resolve(OUTCOME))).isEqualTo(live);
            assertThat(context.getBean(RuleSetHistory.class).entries("fees")).hasSize(2);
        }
    }

    @Test
    void aPublishThatCrashedAfterItsCommitIsActiveAndWrittenThroughAtTheNextStart() throws IOException {
        TempRules rules = TempRules.copy(root);
        String recorded;
        try (ConfigurableApplicationContext context = start(rules)) {
            Draft draft = draftOf(context, "amira", "fees");
            reword(context, draft, "\"The waiver applies: nothing is due.\"");
            // What a crash right after the publish's transaction committed leaves: the head moved, nothing activated
            // here, the rules folder as it was.
            recorded = context.getBean(RuleSetHistory.class).record(context.getBean(DraftStore.class).files(draft),
                    "amira", "Committed, then the power went").version();
        }
        assertThat(Files.readString(rules.rules().resolve(OUTCOME))).contains(WAIVER_WORDS);

        try (ConfigurableApplicationContext restarted = start(rules)) {
            assertThat(restarted.getBean(ActiveRuleSets.class).get("fees").version()).isEqualTo(recorded);
            assertThat(Files.readString(rules.rules().resolve(OUTCOME))).contains("nothing is due");
            assertThat(restarted.getBean(RuleSetHistory.class).entries("fees")).hasSize(2);
        }
    }

    @Test
    void aDiskEditMadeOnTheHeadIsTakenAndOneNotMadeOnItIsRefusedKeptAsideAndOverwritten() throws IOException {
        TempRules rules = TempRules.copy(root);
        try (ConfigurableApplicationContext context = start(rules)) {
            assertThat(context.getBean(RuleSetHistory.class).entries("fees")).hasSize(1);
        }
        rules.editRule(OUTCOME, WAIVER_WORDS, "\"The waiver applies: nothing to pay.\"");
        String taken;
        try (ConfigurableApplicationContext context = start(rules)) {
            RuleSetHistory history = context.getBean(RuleSetHistory.class);
            assertThat(history.entries("fees")).hasSize(2).first()
                    .satisfies(entry -> assertThat(entry.author()).isEqualTo(RuleSetHistory.FILE_SYSTEM));
            taken = context.getBean(ActiveRuleSets.class).get("fees").version();
            assertThat(taken).isEqualTo(history.head("fees").orElseThrow().version());
        }

        // An instance whose scratch folder is gone cannot tell an edit from a folder left behind: refused.
        FileSystemUtils.deleteRecursively(rules.scratch());
        rules.editRule(OUTCOME, "nothing to pay", "nothing owed");
        try (ConfigurableApplicationContext context = start(rules)) {
            assertThat(context.getBean(ActiveRuleSets.class).get("fees").version()).isEqualTo(taken);
            assertThat(context.getBean(RuleSetHistory.class).entries("fees")).hasSize(2);
            assertThat(Files.readString(rules.rules().resolve(OUTCOME))).contains("nothing to pay");
            try (var aside = Files.list(rules.scratch().resolve("refused"))) {
                assertThat(aside.toList()).singleElement().satisfies(folder -> assertThat(
                        Files.readString(folder.resolve(DRAFT_OUTCOME))).contains("nothing owed"));
            }
        }
    }

    @Test
    void whatAPublishThatNeverFinishedStagedIsRemovedAtTheNextStart() throws IOException {
        TempRules rules = TempRules.copy(root);
        Path staged = rules.scratch().resolve("staged/7f0c2a5e-crashed-while-judged");
        Files.createDirectories(staged.resolve(DRAFT_OUTCOME).getParent());
        Files.writeString(staged.resolve(DRAFT_OUTCOME), "half a rule");

        try (ConfigurableApplicationContext context = start(rules)) {
            assertThat(rules.scratch().resolve("staged")).doesNotExist();
            assertThat(context.getBean(ActiveRuleSets.class).get("fees")).isNotNull();
        }
    }

    @Test
    void anOldGitHistoryIsImportedWithItsIdsAndADivergentOneIsRefused() throws IOException {
        TempRules rules = TempRules.copy(root);
        String export = "--convenor.rule-changes.history=" + rules.history();
        String first;
        try (ConfigurableApplicationContext context = start(rules, "first", export)) {
            first = context.getBean(RuleSetHistory.class).head("fees").orElseThrow().id();
        }
        String exported = gitHead(rules.history());
        assertThat(gitLog(rules.history())).contains(first);

        String restoredBy;
        try (ConfigurableApplicationContext context = start(rules, "second", export)) {
            RuleSetHistory history = context.getBean(RuleSetHistory.class);
            assertThat(history.head("fees").orElseThrow().id()).isEqualTo(first);
            assertThat(gitHead(rules.history())).isEqualTo(exported);
            Draft draft = draftOf(context, "amira", "fees");
            reword(context, draft, "\"The waiver applies: nothing is due.\"");
            RuleSetPublisher publisher = context.getBean(RuleSetPublisher.class);
            publisher.publish(draft.base(), context.getBean(DraftStore.class).files(draft), "amira", "Newer words");
            restoredBy = publisher.restore("fees", first, "amira", "Back, by the imported id").entry().id();
        }
        assertThat(gitHead(rules.history())).isEqualTo(restoredBy);

        try (ConfigurableApplicationContext context = start(rules, "first", export)) {
            // The first database never saw the second's commits: the export is not its history, and is left alone.
            assertThat(context.getBean(RuleSetHistory.class).head("fees").orElseThrow().id()).isEqualTo(first);
        }
        assertThat(gitHead(rules.history())).isEqualTo(restoredBy);
    }

    static java.util.List<String> gitLog(Path repository) throws IOException {
        try (var git = org.eclipse.jgit.api.Git.open(repository.toFile())) {
            return java.util.stream.StreamSupport.stream(git.log().call().spliterator(), false)
                    .map(commit -> commit.getName()).toList();
        } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new IOException(e);
        }
    }

    static String gitHead(Path repository) throws IOException {
        try (var git = org.eclipse.jgit.api.Git.open(repository.toFile())) {
            return git.getRepository().resolve("refs/heads/main").name();
        }
    }
}
