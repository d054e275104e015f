package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

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

/** Publishing and restoring through the gate, with history, refusals and a crash half-way through. */
class RuleSetPublisherTests {

    static final String OUTCOME = "fees/outcome.drl";
    static final String WAIVER_WORDS = "\"The waiver applies: no fee.\"";

    @TempDir
    Path root;

    ConfigurableApplicationContext start(TempRules rules) {
        return new SpringApplicationBuilder(ConvenorApplication.class).web(WebApplicationType.NONE)
                .run(rules.args("--convenor.rules.watch=false"));
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
    void aPublishInterruptedAfterTheFirstFileIsRolledBackAtTheNextStart() throws IOException {
        TempRules rules = TempRules.copy(root);
        String before;
        try (ConfigurableApplicationContext context = start(rules)) {
            before = context.getBean(ActiveRuleSets.class).get("fees").version();
            Draft draft = draftOf(context, "amira", "fees");
            reword(context, draft, "\"The waiver applies: nothing is due.\"");
            DraftStore drafts = context.getBean(DraftStore.class);
            drafts.write(draft, "scenarios/waiver.yaml", (drafts.read(draft, "scenarios/waiver.yaml").orElseThrow()
                    + "# reviewed\n").getBytes(StandardCharsets.UTF_8));
            AtomicInteger written = new AtomicInteger();
            RuleSetPublisher crashing = new RuleSetPublisher(context.getBean(RuleSetLibrary.class),
                    context.getBean(RuleSetGate.class), context.getBean(RuleSetHistory.class),
                    context.getBean(PublishJournal.class), (file, content) -> {
                        if (written.incrementAndGet() > 1) {
                            throw new IOException("power cut");
                        }
                        RuleSetFiles.writeAtomically(file, content);
                    });

            assertThatThrownBy(() -> crashing.publish(draft.base(), drafts.files(draft), "amira", "Half"))
                    .hasRootCauseMessage("power cut");
        }

        try (ConfigurableApplicationContext restarted = start(rules)) {
            assertThat(restarted.getBean(ActiveRuleSets.class).get("fees").version()).isEqualTo(before);
            assertThat(Files.readString(rules.rules().resolve(OUTCOME))).contains(WAIVER_WORDS);
            assertThat(Files.readString(rules.scenarios().resolve("fees/waiver.yaml"))).doesNotContain("reviewed");
            RuleSetHistory history = restarted.getBean(RuleSetHistory.class);
            assertThat(history.entries("fees")).hasSize(1);
            assertThat(history.files("fees", history.head("fees").orElseThrow().id())
                    .sameContent(RuleSetFiles.read("fees", rules.rules().resolve("fees"), rules.scenarios().resolve("fees"))))
                    .isTrue();
        }
    }

    @Test
    void whatAPublishThatNeverFinishedStagedIsRemovedAtTheNextStart() throws IOException {
        TempRules rules = TempRules.copy(root);
        Path staged = rules.drafts().resolve(".publishing/7f0c2a5e-crashed-while-judged");
        Files.createDirectories(staged.resolve("new/rules"));
        Files.writeString(staged.resolve("new/rules/outcome.drl"), "half a rule");
        Files.writeString(rules.drafts().resolve(".publishing/journal.tmp"), "{\"ruleSet\":");

        try (ConfigurableApplicationContext context = start(rules)) {
            assertThat(rules.drafts().resolve(".publishing")).isEmptyDirectory();
            assertThat(context.getBean(ActiveRuleSets.class).get("fees")).isNotNull();
        }
    }
}
