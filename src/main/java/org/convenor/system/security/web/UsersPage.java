package org.convenor.system.security.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convenor.console.ConsolePage;
import org.convenor.console.FormErrors;
import org.convenor.system.security.StaffRole;
import org.convenor.system.security.users.ConfiguredUserException;
import org.convenor.system.security.users.NewPassword;
import org.convenor.system.security.users.NewUser;
import org.convenor.system.security.users.UserAnswer;
import org.convenor.system.security.users.UserChange;
import org.convenor.system.security.users.Users;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.NotFoundException;
import org.jspecify.annotations.Nullable;
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
 * The Users page (ADMIN): everyone who may sign in, a form to add a user, and each stored user's page to set roles
 * and email, disable or enable them, set a local password and remove a lost authenticator app; the latest changes
 * to users below. Configured users are listed, and changed only in configuration.
 */
@ConsolePage
class UsersPage {

    private static final int CHANGES_SHOWN = 20;

    private final Users users;

    UsersPage(Users users) {
        this.users = users;
    }

    @ModelAttribute("section")
    String section() {
        return "users";
    }

    @ModelAttribute("allRoles")
    List<StaffRole> allRoles() {
        return Arrays.asList(StaffRole.values());
    }

    @GetMapping("/users")
    String list(Model model) {
        model.addAttribute("users", users.all());
        model.addAttribute("changes", users.changes(CHANGES_SHOWN));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("sent", Map.of("roles", List.of()));
        }
        return "security/users";
    }

    @PostMapping("/users")
    String add(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) List<String> roles, @RequestParam(defaultValue = "") String password,
            Principal admin, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<StaffRole> chosen = roles(roles, errors);
        try {
            if (errors.isEmpty()) {
                users.add(new NewUser(username, blank(email), chosen, blank(password)), admin.getName());
                redirect.addFlashAttribute("notice", "Added " + username + ".");
                return "redirect:/users/" + username;
            }
        } catch (InvalidInputException e) {
            errors.putAll(FormErrors.of(e.problems()));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("sent", Map.of("username", username, "email", email, "roles", chosen));
        return list(model);
    }

    @GetMapping("/users/{username}")
    String user(@PathVariable String username, Model model) {
        UserAnswer user = find(username);
        model.addAttribute("person", user);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "security/user";
    }

    @PostMapping("/users/{username}")
    String change(@PathVariable String username, @RequestParam(defaultValue = "") String email,
            @RequestParam(required = false) List<String> roles, @RequestParam(defaultValue = "false") boolean disabled,
            Principal admin, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<StaffRole> chosen = roles(roles, errors);
        try {
            if (errors.isEmpty()) {
                users.change(username, new UserChange(blank(email), chosen, disabled), admin.getName());
                redirect.addFlashAttribute("notice", disabled ? "Saved: " + username + " is disabled, and signed "
                        + "out wherever they were signed in." : "Saved.");
                return "redirect:/users/" + username;
            }
        } catch (InvalidInputException e) {
            errors.putAll(FormErrors.of(e.problems()));
        } catch (NotFoundException e) {
            throw missing(username);
        } catch (ConfiguredUserException e) {
            throw configured(username);
        }
        model.addAttribute("errors", errors);
        return user(username, model);
    }

    @PostMapping("/users/{username}/password")
    String password(@PathVariable String username, @RequestParam(defaultValue = "") String password,
            Principal admin, Model model, RedirectAttributes redirect) {
        try {
            users.setPassword(username, new NewPassword(password), admin.getName());
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e.problems()));
            return user(username, model);
        } catch (NotFoundException e) {
            throw missing(username);
        } catch (ConfiguredUserException e) {
            throw configured(username);
        }
        redirect.addFlashAttribute("notice", "The password of " + username + " is set. Tell them in person or by "
                + "phone, not by email.");
        return "redirect:/users/" + username;
    }

    @PostMapping("/users/{username}/second-factor/remove")
    String removeSecondFactor(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
        try {
            users.removeSecondFactor(username, admin.getName());
        } catch (NotFoundException e) {
            throw missing(username);
        } catch (ConfiguredUserException e) {
            throw configured(username);
        }
        redirect.addFlashAttribute("notice", "The authenticator app of " + username + " is removed: they set up a "
                + "new one at their next sign-in with a password.");
        return "redirect:/users/" + username;
    }

    private UserAnswer find(String username) {
        try {
            return users.one(username);
        } catch (NotFoundException e) {
            throw missing(username);
        }
    }

    private static ResponseStatusException configured(String username) {
        return new ResponseStatusException(HttpStatus.CONFLICT, "'" + username + "' is set in the service's "
                + "configuration: it is changed there, not on this page.");
    }

    private static ResponseStatusException missing(String username) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no user '" + username + "'.");
    }

    /** The roles ticked; a word that is no role (a form from elsewhere) is said beside the roles. */
    private static List<StaffRole> roles(@Nullable List<String> ticked, Map<String, String> errors) {
        List<StaffRole> roles = new ArrayList<>();
        for (String role : ticked == null ? List.<String>of() : ticked) {
            try {
                roles.add(StaffRole.valueOf(role));
            } catch (IllegalArgumentException e) {
                errors.put("roles", "'" + role + "' is not a role.");
            }
        }
        return roles;
    }

    private static @Nullable String blank(String text) {
        return text.isBlank() ? null : text;
    }
}
