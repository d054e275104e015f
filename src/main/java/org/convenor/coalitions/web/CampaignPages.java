package org.convenor.coalitions.web;

import java.util.Set;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.convenor.coalitions.CoalitionAnswer;
import org.convenor.coalitions.CoalitionService;
import org.convenor.coalitions.CoalitionWarning;
import org.convenor.coalitions.RespectedDecline;
import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.engine.ActiveRuleSets;
import org.convenor.network.Campaign;
import org.convenor.network.Member;
import org.convenor.network.Reader;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The campaigns and, for one, the voices it needs: recommended sectors in rank order with their reasons, gaps
 * and warnings, who can bring each voice, and a chart of how many of our members hold each sector. The answer
 * is the one {@code GET /api/campaigns/{id}/recommendations} gives. A candidate whose relationship with us is
 * neglected carries that alert as a note: mend it before asking. Below, the campaign's coalitions with whom
 * they invited and how each answered, and (STAFF) the forms to record them.
 */
@ConsolePage
class CampaignPages {

    private final NetworkStore store;
    private final CoalitionService coalitions;
    private final ActiveRuleSets ruleSets;
    private final Clock clock;
    private final NeglectedCandidates neglected;

    CampaignPages(NetworkStore store, CoalitionService coalitions, ActiveRuleSets ruleSets, Clock clock,
            NeglectedCandidates neglected) {
        this.clock = clock;
        this.store = store;
        this.coalitions = coalitions;
        this.ruleSets = ruleSets;
        this.neglected = neglected;
    }

    /** A recommended sector with its own warnings, its candidates and those who could introduce us, by name. */
    record SectorRow(CoalitionAnswer.SectorRecommendation recommendation, List<CoalitionWarning> warnings,
            List<CandidateRow> candidates, List<IntroducerRow> introducers) {
    }

    /** @param mendFirst the relationships rule set's neglect alert on this member, as a note; null when none */
    record CandidateRow(String memberId, String name, int rank, List<String> reasons, @Nullable String mendFirst) {
    }

    record IntroducerRow(String memberId, String name, List<String> reasons) {
    }

    record DeclineRow(String memberId, String name, RespectedDecline decline) {
    }

    @ModelAttribute("section")
    String section() {
        return "campaigns";
    }

    @GetMapping("/campaigns")
    String campaigns(Model model) {
        model.addAttribute("campaigns", store.read().campaigns());
        return "coalitions/campaigns";
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable String id, @RequestParam(required = false) String asOf, Principal user,
            Model model) {
        StoredNetwork network = store.read();
        Set<String> hidden = network.hiddenFrom(Reader.of(user));
        Campaign campaign = network.campaigns().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no campaign '" + id + "'."));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = Choices.date(asOf, today, "asOf", errors);
        CoalitionAnswer answer = coalitions.decide(network, campaign, day, ruleSets.get(CoalitionService.RULE_SET),
                hidden);
        Map<String, Member> members = network.members().stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        Map<String, String> mendFirst = neglected.of(network, day, answer.recommendations().stream()
                .flatMap(r -> r.candidates().stream().map(CoalitionAnswer.CandidateMember::memberId))
                .collect(Collectors.toSet()));

        model.addAttribute("campaign", campaign);
        model.addAttribute("asOf", day);
        model.addAttribute("asOfText", errors.containsKey("asOf") ? asOf : day.toString());
        model.addAttribute("errors", errors);
        model.addAttribute("answer", answer);
        model.addAttribute("sectors", answer.recommendations().stream().map(r -> new SectorRow(r,
                answer.warnings().stream().filter(w -> w.sector() == r.sector()).toList(),
                r.candidates().stream().map(c -> new CandidateRow(c.memberId(), name(members, c.memberId()), c.rank(),
                        c.reasons(), mendFirst.get(c.memberId()))).toList(),
                r.introducers().stream().map(i -> new IntroducerRow(i.memberId(), name(members, i.memberId()),
                        i.reasons())).toList())).toList());
        model.addAttribute("declines", answer.respectedDeclines().stream()
                .map(d -> new DeclineRow(d.memberId(), name(members, d.memberId()), d)).toList());
        model.addAttribute("chart", SectorChart.of(answer.recommendations(), network.members().stream()
                .filter(member -> !hidden.contains(member.id())).toList()));
        model.addAttribute("coalitions", CoalitionRows.of(network.coalitionsWithout(hidden), members, campaign.id()));
        // The rules' own proposals, not every member: a list of the whole network would not scale.
        model.addAttribute("memberChoices", answer.recommendations().stream()
                .flatMap(r -> Stream.concat(r.candidates().stream().map(CoalitionAnswer.CandidateMember::memberId),
                        r.introducers().stream().map(CoalitionAnswer.IntroducerMember::memberId)))
                .distinct().map(memberId -> new CoalitionRows.Choice(memberId, name(members, memberId))).toList());
        model.addAttribute("today", today);
        return "coalitions/campaign";
    }

    static String name(Map<String, Member> members, String id) {
        Member member = members.get(id);
        return member == null || member.name() == null || member.name().isBlank() ? id : member.name();
    }
}
