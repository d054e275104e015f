package org.convenor.network.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RuleSet;
import org.convenor.network.Decided;
import org.jspecify.annotations.Nullable;

/**
 * A decision asked of the whole stored network: every member for fees and relationships, every stored
 * campaign for coalitions. Each feature answers through the very code its GET form uses, so a preview of a
 * rule change, which runs two versions of a rule set side by side, sees what staff would see.
 */
public interface NetworkDecision {

    String ruleSet();

    /**
     * Decides over the whole network, and answers as a reader who may not see the {@code hidden} (restricted)
     * members reads it: without their decisions, with totals that still count them.
     */
    Impact decide(StoredNetwork network, LocalDate asOf, RuleSet ruleSet, Set<String> hidden);

    /**
     * Builds what this decision keeps for a version of its rule set about to be activated (see
     * {@link KeptOnActivation}); nothing where it keeps nothing.
     */
    default void prepare(StoredNetwork network, RuleSet next) {
    }

    /**
     * What a page shows: {@link #decide}, except where a decision weighs the whole network in one piece and takes
     * long (the introductions at scale), which may answer with its last answer, marked
     * {@linkplain Impact#catchingUp() catching up}, while the network's newest state is decided in the background.
     */
    default Impact latest(StoredNetwork network, LocalDate asOf, RuleSet ruleSet, Set<String> hidden) {
        return decide(network, asOf, ruleSet, hidden);
    }

    /**
     * The {@link #latest} decisions about these members (named anywhere in their subject), for a page about a few:
     * a member's page, a campaign's candidates. Decisions kept over the whole network override this to pick those
     * members' before making answer elements.
     */
    default Impact aboutMembers(StoredNetwork network, LocalDate asOf, RuleSet ruleSet, Set<String> memberIds) {
        Impact all = latest(network, asOf, ruleSet, Set.of());
        return new Impact(all.decisions().stream()
                .filter(d -> d.subject().values().stream().anyMatch(memberIds::contains)).toList(),
                all.summary(), all.catchingUp());
    }

    /**
     * What the active version of this rule set decides over the network, through whichever decision answers for
     * it: how one feature's pages show another's decisions without importing it; the {@link #latest} answer.
     * Empty while either is missing.
     */
    static Optional<Impact> active(List<NetworkDecision> decisions, ActiveRuleSets ruleSets, String ruleSet,
            StoredNetwork network, LocalDate asOf, Set<String> hidden) {
        return ask(decisions, ruleSets, ruleSet, (decision, active) -> decision.latest(network, asOf, active, hidden));
    }

    /** The same, {@linkplain #aboutMembers about a few members}. */
    static Optional<Impact> activeAbout(List<NetworkDecision> decisions, ActiveRuleSets ruleSets, String ruleSet,
            StoredNetwork network, LocalDate asOf, Set<String> memberIds) {
        return ask(decisions, ruleSets, ruleSet,
                (decision, active) -> decision.aboutMembers(network, asOf, active, memberIds));
    }

    private static Optional<Impact> ask(List<NetworkDecision> decisions, ActiveRuleSets ruleSets, String ruleSet,
            BiFunction<NetworkDecision, RuleSet, Impact> question) {
        Optional<RuleSet> version = ruleSets.find(ruleSet);
        return decisions.stream().filter(decision -> decision.ruleSet().equals(ruleSet)).findFirst()
                .flatMap(decision -> version.map(active -> question.apply(decision, active)));
    }

    /**
     * @param decisions every decision, each under its subject
     * @param summary what the answer says of the whole network (the fee book's portfolio), if anything
     * @param catchingUp the answer is the last one decided, from before the latest writes, which are being decided
     */
    record Impact(List<Decided> decisions, @Nullable JsonNode summary, boolean catchingUp) {

        public Impact(List<Decided> decisions, @Nullable JsonNode summary) {
            this(decisions, summary, false);
        }
    }
}
