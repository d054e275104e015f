package org.convenor.coalitions.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.console.FormErrors;
import org.convenor.network.Campaign;
import org.convenor.network.CampaignStatus;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.NetworkWrites;
import org.convenor.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Closing a campaign (STAFF): the form asks what came of it and what we learned ("learn from what approaches
 * have or haven't worked", handbook), both required, and saves the campaign closed. Its coalitions then stop
 * counting for the relationship rules. The same form corrects the outcome and lessons of a closed campaign.
 */
@ConsolePage
class CampaignClosing {

    private final NetworkStore store;
    private final NetworkWrites writes;

    CampaignClosing(NetworkStore store, NetworkWrites writes) {
        this.store = store;
        this.writes = writes;
    }

    @ModelAttribute("section")
    String section() {
        return "campaigns";
    }

    @GetMapping("/campaigns/{id}/close")
    String form(@PathVariable String id, Model model) {
        Campaign campaign = stored(id);
        return form(model, campaign, campaign.outcome(), campaign.lessons(), Map.of());
    }

    @PostMapping("/campaigns/{id}/close")
    String close(@PathVariable String id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String lessons, Principal user, Model model, RedirectAttributes redirect) {
        Campaign campaign = stored(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (Choices.text(outcome) == null) {
            errors.put("outcome", "say what came of the campaign, even if it was nothing yet");
        }
        if (Choices.text(lessons) == null) {
            errors.put("lessons", "say what we learned: what worked and what did not");
        }
        if (errors.isEmpty()) {
            try {
                writes.saveCampaign(new Campaign(campaign.id(), campaign.name(), campaign.conflict(),
                        campaign.themes(), campaign.targets(), campaign.startsOn(), campaign.endsOn(),
                        CampaignStatus.CLOSED, campaign.moments(), outcome.strip(), lessons.strip()), user.getName());
                redirect.addFlashAttribute("notice", "Campaign closed: " + (campaign.name() == null ? id
                        : campaign.name()) + ". Its coalitions no longer count for the relationship alerts.");
                redirect.addAttribute("id", id);
                return "redirect:/campaigns/{id}";
            } catch (InvalidInputException e) {
                errors.putAll(FormErrors.of(e.problems()));
            }
        }
        return form(model, campaign, outcome, lessons, errors);
    }

    private String form(Model model, Campaign campaign, String outcome, String lessons, Map<String, String> errors) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("outcome", outcome);
        model.addAttribute("lessons", lessons);
        model.addAttribute("errors", errors);
        return "coalitions/campaign-close";
    }

    private Campaign stored(String id) {
        return store.read().campaigns().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no campaign '" + id + "'."));
    }
}
