package org.convenor.introductions;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.engine.RuleSet;
import org.convenor.network.Decided;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.StoredNetwork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** This month's introductions over the stored network, each about a pair of members, told apart by the rule. */
@Component
public class IntroductionImpact implements NetworkDecision {

    private final IntroductionService introductions;
    private final JsonMapper json;
    private final Duration pageWait;

    /**
     * @param pageWait how long a page waits for the introductions after a write before it shows the last ones,
     *     marked as catching up; it does not wait when the last decision took longer ({@link IntroductionService#latest})
     */
    public IntroductionImpact(IntroductionService introductions, JsonMapper json,
            @Value("${convenor.introductions.page-wait}") Duration pageWait) {
        this.introductions = introductions;
        this.json = json;
        this.pageWait = pageWait;
    }

    @Override
    public String ruleSet() {
        return IntroductionService.RULE_SET;
    }

    @Override
    public Impact decide(StoredNetwork network, LocalDate asOf, RuleSet ruleSet, Set<String> hidden) {
        return impact(introductions.decide(network, asOf, ruleSet), hidden, false);
    }

    @Override
    public Impact latest(StoredNetwork network, LocalDate asOf, RuleSet ruleSet, Set<String> hidden) {
        IntroductionService.Latest latest = introductions.latest(network, asOf, ruleSet, pageWait);
        return impact(latest.answer(), hidden, latest.catchingUp());
    }

    @Override
    public Impact aboutMembers(StoredNetwork network, LocalDate asOf, RuleSet ruleSet, Set<String> memberIds) {
        IntroductionService.Latest latest = introductions.latest(network, asOf, ruleSet, pageWait);
        return impact(latest.answer().introductions().stream()
                .filter(introduction -> introduction.members().stream().anyMatch(memberIds::contains)),
                latest.catchingUp());
    }

    private Impact impact(IntroductionAnswer answer, Set<String> hidden, boolean catchingUp) {
        return impact(answer.seenBy(hidden).introductions().stream(), catchingUp);
    }

    private Impact impact(Stream<Introduction> introductions, boolean catchingUp) {
        return new Impact(introductions
                .map(introduction -> new Decided(Decided.subject("member", introduction.members().get(0),
                        "introducedTo", introduction.members().get(1)), introduction.rule(),
                        json.valueToTree(introduction)))
                .toList(), null, catchingUp);
    }
}
