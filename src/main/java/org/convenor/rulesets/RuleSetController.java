package org.convenor.rulesets;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RuleSetController {

    private final RuleSetLibrary library;

    RuleSetController(RuleSetLibrary library) {
        this.library = library;
    }

    @GetMapping("/api/rulesets")
    List<RuleSetStatus> all() {
        return library.statuses();
    }

    /** Operator only: rebuild every rule set from disk through the gate, and say per rule set what happened. */
    @PostMapping("/api/rulesets/reload")
    List<Attempt> reload() {
        return library.loadAll();
    }

    @GetMapping("/api/rulesets/{name}")
    RuleSetStatus one(@PathVariable String name) {
        return library.status(name).orElseThrow(() -> new UnknownRuleSetException(name));
    }
}
