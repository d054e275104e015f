package org.convenor.rulesets.drafts;

import java.util.Set;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RuleSet;
import org.convenor.network.Reader;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.convenor.rulesets.HistoryEntry;
import org.convenor.rulesets.RuleSetHistory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * What publishing a draft would change for the convenor's own network: the stored network runs through the
 * version answering now and through the draft, side by side, and the decisions are compared by subject.
 */
@Service
public class DraftImpact {

    private final RuleChanges changes;
    private final ActiveRuleSets active;
    private final RuleSetHistory history;
    private final NetworkStore store;
    private final List<NetworkDecision> decisions;
    private final Clock clock;

    DraftImpact(RuleChanges changes, ActiveRuleSets active, RuleSetHistory history, NetworkStore store,
            List<NetworkDecision> decisions, Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.active = active;
        this.history = history;
        this.store = store;
        this.decisions = decisions;
    }

    /**
     * @param asOf the day to decide as of; today in the office's time zone when {@code null}
     * @param editor who asks: the preview leaves out the restricted members they may not see
     */
    public Preview preview(Reader editor, String ruleSet, String id, LocalDate asOf) {
        RuleSet candidate = changes.draftRules(editor.username(), ruleSet, id);
        NetworkDecision decision = decisions.stream().filter(d -> d.ruleSet().equals(ruleSet)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Rule set '" + ruleSet + "' makes no decision over the stored network."));
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        StoredNetwork network = store.read();
        return compare(decision, network, day, active.get(ruleSet),
                history.head(ruleSet).map(HistoryEntry::id).orElse(null), candidate, network.hiddenFrom(editor));
    }

    /**
     * The network through one version and the other, compared decision by decision, without the decisions about
     * the {@code hidden} members (the command line, which reads the database whole, hides none).
     */
    public static Preview compare(NetworkDecision decision, StoredNetwork network, LocalDate asOf, RuleSet base,
            String baseId, RuleSet candidate, Set<String> hidden) {
        NetworkDecision.Impact before = decision.decide(network, asOf, base, hidden);
        NetworkDecision.Impact after = decision.decide(network, asOf, candidate, hidden);
        ImpactDiff.Impact impact = ImpactDiff.compare(before.decisions(), after.decisions());
        return new Preview(base.name(), new Preview.VersionRef(baseId, base.version()),
                new Preview.VersionRef(null, candidate.version()), asOf, impact.summary(), impact.changes(),
                before.summary() == null && after.summary() == null ? null
                        : new Preview.PortfolioChange(before.summary(), after.summary()));
    }
}
