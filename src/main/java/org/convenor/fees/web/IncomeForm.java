package org.convenor.fees.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.console.FormErrors;
import org.convenor.network.store.ConvenorIncome;
import org.convenor.network.store.NetworkWrites;
import org.convenor.validation.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording our own income from the fee page (STAFF): without it the fee book is totalled but cannot be
 * measured against the cap. Digits may be grouped with commas or spaces, as people write them.
 */
@ConsolePage
class IncomeForm {

    private final NetworkWrites writes;

    IncomeForm(NetworkWrites writes) {
        this.writes = writes;
    }

    @PostMapping("/fees/income")
    String record(@RequestParam(required = false) String annualIncome, @RequestParam(required = false) String currency,
            Principal user, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal amount = null;
        String digits = annualIncome == null ? "" : annualIncome.replaceAll("[,\\s]", "");
        if (digits.isEmpty()) {
            errors.put("annualIncome", "give our annual income, e.g. 2600000");
        } else {
            try {
                amount = new BigDecimal(digits);
            } catch (NumberFormatException e) {
                errors.put("annualIncome", "'" + annualIncome + "' is not a number");
            }
        }
        String typed = Choices.text(currency);
        String code = typed == null ? null : typed.toUpperCase(Locale.ROOT);
        if (errors.isEmpty()) {
            try {
                writes.convenor(new ConvenorIncome(amount, code), user.getName());
                redirect.addFlashAttribute("notice", "Our income is recorded: the fee book is measured against it.");
                return "redirect:/fees";
            } catch (InvalidInputException e) {
                errors.putAll(FormErrors.of(e.problems()));
            }
        }
        redirect.addFlashAttribute("incomeErrors", errors);
        redirect.addFlashAttribute("incomeSent", Map.of("annualIncome", annualIncome == null ? "" : annualIncome,
                "currency", currency == null ? "" : currency));
        return "redirect:/fees#income-form";
    }
}
