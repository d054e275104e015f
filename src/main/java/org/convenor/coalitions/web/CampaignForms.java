package org.convenor.coalitions.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.console.FormErrors;
import org.convenor.network.Campaign;
import org.convenor.network.CampaignStatus;
import org.convenor.network.Sector;
import org.convenor.network.TargetKind;
import org.convenor.network.Theme;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.NetworkWrites;
import org.convenor.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and editing a campaign (STAFF): its name, themes, targets with whom each listens to, its dates,
 * status and moments. A campaign is saved whole, as the API's upsert does; what the store refuses is shown beside
 * its field and nothing is saved. "Add a target" and "Add a moment" re-show the form with one more empty row, so
 * no script is needed. The conflict is not asked: no rule reads it, so the form keeps what the API stored.
 */
@ConsolePage
class CampaignForms {

    /** An id a new campaign can have: it becomes part of the campaign page's address. */
    static final Pattern NEW_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern ROW = Pattern.compile("^(targets|moments)\\[(\\d+)]");

    private final NetworkStore store;
    private final NetworkWrites writes;

    CampaignForms(NetworkStore store, NetworkWrites writes) {
        this.store = store;
        this.writes = writes;
    }

    @ModelAttribute("section")
    String section() {
        return "campaigns";
    }

    @GetMapping("/campaigns/new")
    String newCampaign(Model model) {
        return form(model, new CampaignForm().withEmptyRows(2).withEmptyMoments(1), null, Map.of());
    }

    @GetMapping("/campaigns/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        return form(model, CampaignForm.of(stored(id)).withEmptyRows(1).withEmptyMoments(1), id, Map.of());
    }

    @PostMapping("/campaigns")
    String create(@ModelAttribute("form") CampaignForm form, BindingResult binding,
            @RequestParam(required = false) String addTarget, @RequestParam(required = false) String addMoment,
            Principal user, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding));
        String id = Choices.text(form.getId());
        if (addTarget == null && addMoment == null && errors.isEmpty()) {
            if (id == null || !NEW_ID.matcher(id).matches()) {
                errors.put("id", "give the campaign an id of letters, digits, '.', '_' or '-' (at most 100), "
                        + "e.g. yemen-ports; it cannot be changed later");
            } else if (store.read().campaigns().stream().anyMatch(c -> c.id().equals(id))) {
                errors.put("id", "a campaign with the id '" + id + "' exists already: choose another, or edit that one");
            }
        }
        return save(form, id, null, errors, new Adding(addTarget != null, addMoment != null), user, model, redirect);
    }

    /** Which "add another" button was pressed, if any. */
    private record Adding(boolean target, boolean moment) {

        boolean any() {
            return target || moment;
        }
    }

    @PostMapping("/campaigns/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") CampaignForm form, BindingResult binding,
            @RequestParam(required = false) String addTarget, @RequestParam(required = false) String addMoment,
            Principal user, Model model, RedirectAttributes redirect) {
        form.keeping(stored(id));
        form.setId(id);
        return save(form, id, id, new LinkedHashMap<>(FormErrors.of(binding)),
                new Adding(addTarget != null, addMoment != null), user, model, redirect);
    }

    private String save(CampaignForm form, String id, String editing, Map<String, String> errors, Adding adding,
            Principal user, Model model, RedirectAttributes redirect) {
        if (adding.any()) {
            return form(model, form.withEmptyRows(adding.target() ? 1 : 0).withEmptyMoments(adding.moment() ? 1 : 0),
                    editing, errors);
        }
        Campaign campaign = form.campaign(id, errors);
        inFormRows(FormErrors.of(writes.problemsOf(campaign)), form).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                NetworkWrites.Upserted saved = writes.saveCampaign(campaign, user.getName());
                redirect.addFlashAttribute("notice", (saved.created() == 1 ? "Campaign created: " : "Campaign saved: ")
                        + (campaign.name() == null ? id : campaign.name()) + ".");
                redirect.addAttribute("id", id);
                return "redirect:/campaigns/{id}";
            } catch (InvalidInputException e) {
                errors.putAll(inFormRows(FormErrors.of(e.problems()), form));
            }
        }
        return form(model, form.withEmptyRows(form.usedRows().size() == form.getTargets().size() ? 1 : 0)
                .withEmptyMoments(form.usedMoments().size() == form.getMoments().size() ? 1 : 0), editing, errors);
    }

    /** The store names targets and moments as sent; the form's rows include the empty ones, which were not sent. */
    private static Map<String, String> inFormRows(Map<String, String> errors, CampaignForm form) {
        Map<String, String> placed = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            Matcher row = ROW.matcher(field);
            if (row.find()) {
                List<Integer> used = row.group(1).equals("targets") ? form.usedRows() : form.usedMoments();
                field = row.group(1) + "[" + used.get(Integer.parseInt(row.group(2))) + "]" + field.substring(row.end());
            }
            placed.merge(field, message, (a, b) -> a + "; " + b);
        });
        return placed;
    }

    private String form(Model model, CampaignForm form, String editing, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("themes", Theme.values());
        model.addAttribute("targetKinds", TargetKind.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("statuses", CampaignStatus.values());
        return "coalitions/campaign-form";
    }

    private Campaign stored(String id) {
        return store.read().campaigns().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no campaign '" + id + "'."));
    }
}
