package org.convenor.console;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages that need the stored network (issue 11) before they can be built: each says so, so the navigation
 * already leads somewhere true. Each mapping goes when its feature's page controller takes its path.
 */
@ConsolePage
class PlaceholderPages {

    @GetMapping("/network")
    String network(Model model) {
        return placeholder(model, "network", "Network",
                "Our members, their contact history and current alerts; import from a spreadsheet.");
    }

    private static String placeholder(Model model, String section, String title, String purpose) {
        model.addAttribute("section", section);
        model.addAttribute("heading", title);
        model.addAttribute("purpose", purpose);
        return "console/placeholder";
    }
}
