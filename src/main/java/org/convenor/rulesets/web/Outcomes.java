package org.convenor.rulesets.web;

import java.util.ArrayList;
import java.util.List;

import org.convenor.rulesets.CheckReport;
import org.convenor.rulesets.RuleSetPublisher;
import org.convenor.scenario.ScenarioFailure;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the rule pages tell an editor what became of a publish or a restore, after the redirect. */
final class Outcomes {

    private Outcomes() {
    }

    /** A draft's check: passed, or what it found, listed below the editor. */
    static void checked(RedirectAttributes redirect, CheckReport report) {
        if (report.outcome() == CheckReport.CheckOutcome.PASSED) {
            redirect.addFlashAttribute("notice", "Check passed: version " + report.version() + " compiles, every "
                    + "scenario passes and all " + report.coverage().rules() + " rules are fired by a scenario.");
        } else {
            redirect.addFlashAttribute("alert", "Check found problems: " + report.problem()
                    + ". They are listed below the editor.");
        }
    }

    /** The gate refused (422 in the API): say why, in the report's own words; nothing was written. */
    static void refused(RedirectAttributes redirect, CheckReport report) {
        redirect.addFlashAttribute("alert", "The gate refused the change: " + report.problem()
                + ". Nothing was written; the active version keeps answering.");
        redirect.addFlashAttribute("alertDetails", lines(report));
    }

    /** The rule set moved on since the draft was made (409 in the API): say what changed since. */
    static void movedOn(RedirectAttributes redirect, RuleSetPublisher.HeadMovedException e) {
        redirect.addFlashAttribute("alert", "Not published: this rule set changed since your draft was made. "
                + "Make a new draft from the current version and bring your changes into it.");
        redirect.addFlashAttribute("alertDetails", e.since().stream()
                .map(entry -> "Version " + entry.version() + " by " + entry.author() + ": " + entry.message())
                .toList());
    }

    /** One line per compile error, failed scenario and rule no scenario fires. */
    static List<String> lines(CheckReport report) {
        List<String> lines = new ArrayList<>();
        report.errors().forEach(error -> lines.add(error.file() + ", line " + error.line() + ": " + error.message()));
        report.failedScenarios().forEach(failed -> lines.add(failed.file() + " (" + failed.name() + "): "
                + String.join("; ", failed.failures().stream().map(ScenarioFailure::message).toList())));
        if (report.coverage() != null && !report.coverage().complete()) {
            lines.add("Rules no scenario fires: " + String.join(", ", report.coverage().uncovered()));
        }
        return lines;
    }
}
