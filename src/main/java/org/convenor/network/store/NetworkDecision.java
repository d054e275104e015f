package org.convenor.network.store;

import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;

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

    Impact decide(StoredNetwork network, LocalDate asOf, RuleSet ruleSet);

    /**
     * @param decisions every decision, each under its subject
     * @param summary what the answer says of the whole network (the fee book's portfolio), if anything
     */
    record Impact(List<Decided> decisions, @Nullable JsonNode summary) {
    }
}
