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
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** This month's introductions over the stored network, each about a pair of members, told apart by the rule. */
@Component
public class IntroductionImpact implements NetworkDecision {

    private final IntroductionService introductions;
    private final JsonMapper json;
    private final Duration pageWait;
    private volatile @Nullable Made last;

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

    /**
     * The answer's elements as a reader who may not see {@code hidden} reads them. Pages ask again and again of the
     * same answer (This week shows a few of tens of thousands at scale), so the last one made is kept.
     */
    private Impact impact(IntroductionAnswer answer, Set<String> hidden, boolean catchingUp) {
        Made made = last;
        if (made != null && made.answer() == answer && made.hidden().equals(hidden)
                && made.impact().catchingUp() == catchingUp) {
            return made.impact();
        }
        Impact impact = impact(answer.introductions().stream()
                .filter(introduction -> introduction.members().stream().noneMatch(hidden::contains)), catchingUp);
        last = new Made(answer, Set.copyOf(hidden), impact);
        return impact;
    }

    private record Made(IntroductionAnswer answer, Set<String> hidden, Impact impact) {
    }

    private Impact impact(Stream<Introduction> introductions, boolean catchingUp) {
        return new Impact(introductions
                .map(introduction -> new Decided(Decided.subject("member", introduction.members().get(0),
                        "introducedTo", introduction.members().get(1)), introduction.rule(),
                        json.valueToTree(introduction)))
                .toList(), null, catchingUp);
    }
}
