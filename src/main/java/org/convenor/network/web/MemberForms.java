package org.convenor.network.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.convenor.network.Reader;
import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.console.FormErrors;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.NetworkWrites;
import org.convenor.network.store.Owners;
import org.convenor.validation.InvalidInputException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding and editing a member (STAFF), its owner among them. A member is saved whole, as the API's upsert does,
 * through the same checks; what they refuse is shown beside its field and nothing is saved.
 */
@ConsolePage
class MemberForms {

    /** An id a new member can have: it becomes part of the member page's address. */
    static final Pattern NEW_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final NetworkStore store;
    private final NetworkWrites writes;
    private final Owners owners;

    private final Clock clock;

    MemberForms(NetworkStore store, NetworkWrites writes, Owners owners, Clock clock) {
        this.store = store;
        this.writes = writes;
        this.owners = owners;
        this.clock = clock;
    }

    @ModelAttribute("section")
    String section() {
        return "network";
    }

    @GetMapping("/network/members/new")
    String newMember(Model model) {
        // Someone added by hand joins today, in the office's day; the field may be changed or emptied.
        MemberForm form = new MemberForm();
        form.setJoinedOn(LocalDate.now(clock).toString());
        return form(model, form, null, Map.of());
    }

    @GetMapping("/network/members/{id}/edit")
    String edit(@PathVariable String id, Principal user, Model model) {
        return form(model, MemberForm.of(NetworkPages.member(store.read().seenBy(Reader.of(user)), id)), id, Map.of());
    }

    @PostMapping("/network/members")
    String create(@ModelAttribute("form") MemberForm form, BindingResult binding, Principal user, Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding));
        String id = Choices.text(form.getId());
        if (id == null || !NEW_ID.matcher(id).matches()) {
            errors.put("id", "give the member an id of letters, digits, '.', '_' or '-' (at most 100), "
                    + "e.g. amira-haddad; it cannot be changed later");
        } else if (store.read().members().stream().anyMatch(m -> m.id().equals(id))) {
            errors.put("id", "a member with the id '" + id + "' exists already: choose another, or edit that one");
        }
        return save(form, id, null, errors, user, model, redirect);
    }

    @PostMapping("/network/members/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") MemberForm form, BindingResult binding,
            Principal user, Model model, RedirectAttributes redirect) {
        NetworkPages.member(store.read().seenBy(Reader.of(user)), id);
        form.setId(id);
        return save(form, id, id, new LinkedHashMap<>(FormErrors.of(binding)), user, model, redirect);
    }

    private String save(MemberForm form, String id, String editing, Map<String, String> errors, Principal user,
            Model model, RedirectAttributes redirect) {
        Member member = form.member(id, errors);
        FormErrors.of(writes.problemsOf(member)).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                NetworkWrites.MembersUpserted saved = writes.saveMember(member, Reader.of(user));
                redirect.addFlashAttribute("notice", (saved.created() == 1 ? "Member added: " : "Member saved: ")
                        + (member.name() == null ? id : member.name()) + ".");
                redirect.addAttribute("id", id);
                return "redirect:/network/members/{id}";
            } catch (InvalidInputException e) {
                FormErrors.of(e.problems()).forEach(errors::putIfAbsent);
            }
        }
        return form(model, form, editing, errors);
    }

    private String form(Model model, MemberForm form, String editing, Map<String, String> errors) {
        Map<String, String> targets = NetworkPages.targetNames(store.read());
        form.getReaches().forEach(id -> targets.putIfAbsent(id, id + " (a target of no stored campaign)"));
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", MemberKind.values());
        model.addAttribute("roles", Role.values());
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("targets", targets);
        // An owner who may no longer own members stays a choice for the member that has them, as the store allows.
        Map<String, String> choices = new LinkedHashMap<>();
        owners.all().forEach(owner -> choices.put(owner, owner));
        if (form.getOwner() != null && !choices.containsKey(form.getOwner())) {
            choices.put(form.getOwner(), form.getOwner() + " (may no longer own members)");
        }
        model.addAttribute("owners", choices);
        return "network/member-form";
    }
}
