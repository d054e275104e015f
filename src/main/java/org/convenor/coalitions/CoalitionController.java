package org.convenor.coalitions;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.network.Campaign;
import org.convenor.network.Member;
import org.convenor.network.Target;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.NotFoundException;
import org.convenor.validation.RequestLimits;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CoalitionController {

    private final CoalitionService coalitions;
    private final ActiveRuleSets ruleSets;
    private final RequestLimits limits;
    private final NetworkStore store;

    CoalitionController(CoalitionService coalitions, ActiveRuleSets ruleSets, RequestLimits limits,
            NetworkStore store) {
        this.coalitions = coalitions;
        this.ruleSets = ruleSets;
        this.limits = limits;
        this.store = store;
    }

    /** Which kinds of voices suit the campaign, who in the network brings them, and where it is thin. */
    @PostMapping("/api/coalitions/recommendations")
    CoalitionAnswer recommend(@RequestBody CoalitionRequest request) {
        limits.members(request.members());
        limits.interactions(request.interactions());
        return coalitions.decide(request, ruleSets.get(CoalitionService.RULE_SET));
    }

    /**
     * The same question for a stored campaign over the stored network. A member's {@code reaches} counts only
     * this campaign's targets: members who reach other campaigns' targets are asked about this one.
     */
    @GetMapping("/api/campaigns/{id}/recommendations")
    CoalitionAnswer recommendStored(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        StoredNetwork network = store.read();
        Campaign campaign = network.campaigns().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("campaign", id));
        return coalitions.decide(new CoalitionRequest(asOf, campaign, reaching(network.members(), campaign),
                network.interactionFacts(), network.coalitions()), ruleSets.get(CoalitionService.RULE_SET));
    }

    private static List<Member> reaching(List<Member> members, Campaign campaign) {
        Set<String> targets = new HashSet<>();
        campaign.targets().stream().map(Target::id).forEach(targets::add);
        return members.stream().map(member -> member.reaches().stream().allMatch(targets::contains) ? member
                : member.withReaches(member.reaches().stream().filter(targets::contains).toList())).toList();
    }
}
