package org.convenor.coalitions.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.DeclineReason;
import org.convenor.network.ResponseKind;
import org.convenor.network.Sector;
import org.convenor.network.Reader;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.NetworkWrites;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.Dates;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.Ids;
import org.convenor.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The campaign's coalitions from its page (STAFF): form one, invite members to it, record who opted in and who
 * declined, and why. Each form saves the coalition whole, as {@code POST /api/network/coalitions} does, and goes
 * back to the campaign page; what the store refuses is shown there beside the form's field, and nothing is saved.
 */
@ConsolePage
class CoalitionForms {

    private final NetworkStore store;
    private final NetworkWrites writes;

    CoalitionForms(NetworkStore store, NetworkWrites writes) {
        this.store = store;
        this.writes = writes;
    }

    @PostMapping("/campaigns/{id}/coalitions")
    String form(@PathVariable String id, @RequestParam(required = false) String coalitionId,
            @RequestParam(required = false) String formedOn, @RequestParam(required = false) List<Sector> sectors,
            Principal user, RedirectAttributes redirect) {
        StoredNetwork network = campaign(id, user);
        Map<String, String> errors = new LinkedHashMap<>();
        String newId = Choices.text(coalitionId);
        if (newId == null || !Ids.isValid(newId)) {
            errors.put("new.coalitionId", "give the coalition an id of letters, digits, '.', '_' or '-' (at most 100), "
                    + "e.g. doctors-letter");
        } else if (network.coalitions().stream().anyMatch(c -> c.id().equals(newId))) {
            errors.put("new.coalitionId", "a coalition with the id '" + newId + "' exists already");
        }
        LocalDate formed = date("new.formedOn", formedOn, errors);
        return save(errors, () -> new Coalition(newId, id, sectors == null ? List.of() : sectors, formed, List.of(),
                List.of()), "Coalition formed: " + newId + ".", "new", id, user, redirect);
    }

    @PostMapping("/campaigns/{id}/coalitions/{coalitionId}/invitations")
    String invite(@PathVariable String id, @PathVariable String coalitionId,
            @RequestParam(required = false) String memberId, Principal user, RedirectAttributes redirect) {
        Coalition coalition = coalition(campaign(id, user), id, coalitionId);
        Map<String, String> errors = new LinkedHashMap<>();
        String member = Choices.text(memberId);
        if (member == null) {
            errors.put("invite.memberId", "choose the member to invite");
        } else if (coalition.invited().contains(member)) {
            errors.put("invite.memberId", "'" + member + "' is invited already");
        }
        return save(errors, () -> changed(coalition, c -> new Coalition(c.id(), c.campaignId(), c.sectors(),
                c.formedOn(), plus(c.invited(), member), c.responses())),
                "Invited " + member + " to " + coalitionId + ".", "invite", id, user, redirect);
    }

    @PostMapping("/campaigns/{id}/coalitions/{coalitionId}/responses")
    String respond(@PathVariable String id, @PathVariable String coalitionId,
            @RequestParam(required = false) String memberId, @RequestParam(required = false) ResponseKind response,
            @RequestParam(required = false) DeclineReason reason, @RequestParam(required = false) String date,
            Principal user, RedirectAttributes redirect) {
        Coalition coalition = coalition(campaign(id, user), id, coalitionId);
        Map<String, String> errors = new LinkedHashMap<>();
        String member = Choices.text(memberId);
        if (member == null) {
            errors.put("respond.memberId", "choose who answered");
        }
        if (response == null) {
            errors.put("respond.response", "choose whether they opted in or declined");
        } else if (response == ResponseKind.DECLINED && reason == null) {
            errors.put("respond.reason", "say why they declined: a decline in disagreement is respected for the "
                    + "campaign, one for other priorities is not");
        }
        LocalDate day = date("respond.date", date, errors);
        DeclineReason why = response == ResponseKind.DECLINED ? reason : null;
        return save(errors, () -> changed(coalition, c -> new Coalition(c.id(), c.campaignId(), c.sectors(),
                c.formedOn(), c.invited(), plus(c.responses(), new CoalitionResponse(member, response, why, day)))),
                (response == ResponseKind.DECLINED ? "Decline recorded: " : "Opt-in recorded: ") + member + ".",
                "respond", id, user, redirect);
    }

    /** A factory, so nothing is built from a form that already has problems. */
    private interface Built {
        Coalition coalition();
    }

    private String save(Map<String, String> errors, Built built, String notice, String form, String campaignId,
            Principal user, RedirectAttributes redirect) {
        if (errors.isEmpty()) {
            try {
                writes.saveCoalition(built.coalition(), Reader.of(user));
                redirect.addFlashAttribute("notice", notice);
            } catch (InvalidInputException e) {
                for (FieldProblem problem : e.problems()) {
                    errors.merge(form + "." + field(problem.field()), problem.message(), (a, b) -> a + "; " + b);
                }
            }
        }
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("coalitionErrors", errors);
        }
        redirect.addAttribute("id", campaignId);
        return "redirect:/campaigns/{id}#coalitions";
    }

    /** The store names a coalition's fields as the API does ({@code responses[2].date}); the forms name the last part. */
    private static String field(String path) {
        if (path == null) {
            return "";
        }
        String last = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        return switch (last) {
            case "id" -> "coalitionId";
            case "invited" -> "memberId";
            default -> last;
        };
    }

    private static Coalition changed(Coalition coalition, UnaryOperator<Coalition> change) {
        return change.apply(coalition);
    }

    private static <T> List<T> plus(List<T> list, T element) {
        List<T> more = new ArrayList<>(list);
        more.add(element);
        return more;
    }

    private static LocalDate date(String field, String text, Map<String, String> errors) {
        if (Choices.text(text) == null) {
            errors.put(field, "give the day, YYYY-MM-DD");
            return null;
        }
        try {
            return Dates.parse(text.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "'" + text + "' " + e.getMessage());
            return null;
        }
    }

    /** The network as this user sees it: a coalition saved back keeps the invitations they may not see. */
    private StoredNetwork campaign(String id, Principal user) {
        StoredNetwork network = store.read().seenBy(Reader.of(user));
        if (network.campaigns().stream().noneMatch(c -> c.id().equals(id))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no campaign '" + id + "'.");
        }
        return network;
    }

    private static Coalition coalition(StoredNetwork network, String campaignId, String coalitionId) {
        return network.coalitions().stream()
                .filter(c -> c.id().equals(coalitionId) && campaignId.equals(c.campaignId())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Campaign '" + campaignId + "' has no coalition '" + coalitionId + "'."));
    }
}
