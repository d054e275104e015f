package org.convenor.rulesets;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Drafts, check, publish, history and restore of a rule set; who may call what is set in the security chain. */
@RestController
@RequestMapping("/api/rulesets/{name}")
class RuleChangeController {

    private static final String FILE = "/drafts/{id}/files/{folder}/{file}";

    private final RuleChanges changes;

    RuleChangeController(RuleChanges changes) {
        this.changes = changes;
    }

    /** @param message why, in the editor's words: it is recorded with the change */
    record Publication(String message) {
    }

    @PostMapping("/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    RuleChanges.DraftView createDraft(@PathVariable String name, Principal editor) {
        return changes.create(editor.getName(), name);
    }

    @GetMapping("/drafts")
    List<RuleChanges.DraftView> drafts(@PathVariable String name, Principal editor) {
        return changes.drafts(editor.getName(), name);
    }

    @DeleteMapping("/drafts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void discardDraft(@PathVariable String name, @PathVariable String id, Principal editor) {
        changes.discard(editor.getName(), name, id);
    }

    @GetMapping(value = FILE, produces = MediaType.TEXT_PLAIN_VALUE)
    String readFile(@PathVariable String name, @PathVariable String id, @PathVariable String folder,
            @PathVariable String file, Principal editor) {
        return changes.readFile(editor.getName(), name, id, folder + "/" + file);
    }

    @PutMapping(value = FILE, consumes = MediaType.TEXT_PLAIN_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void writeFile(@PathVariable String name, @PathVariable String id, @PathVariable String folder,
            @PathVariable String file, @RequestBody byte[] content, Principal editor) {
        changes.writeFile(editor.getName(), name, id, folder + "/" + file, content);
    }

    @DeleteMapping(FILE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteFile(@PathVariable String name, @PathVariable String id, @PathVariable String folder,
            @PathVariable String file, Principal editor) {
        changes.deleteFile(editor.getName(), name, id, folder + "/" + file);
    }

    @PostMapping("/drafts/{id}/check")
    CheckReport check(@PathVariable String name, @PathVariable String id, Principal editor) {
        return changes.check(editor.getName(), name, id);
    }

    /** @param scenario the draft's scenario file whose new values to accept, {@code scenarios/<file>.yaml} */
    record Acceptance(String scenario) {
    }

    @PostMapping("/drafts/{id}/accept")
    RuleChanges.Accepted accept(@PathVariable String name, @PathVariable String id,
            @RequestBody Acceptance acceptance, Principal editor) {
        return changes.accept(editor.getName(), name, id, acceptance.scenario());
    }

    @PostMapping("/drafts/{id}/publish")
    RuleSetPublisher.Published publish(@PathVariable String name, @PathVariable String id,
            @RequestBody Publication publication, Principal editor) {
        return changes.publish(editor.getName(), name, id, publication.message());
    }

    @GetMapping("/history")
    List<HistoryEntry> history(@PathVariable String name) {
        return changes.history(name);
    }

    @PostMapping("/history/{id}/restore")
    RuleSetPublisher.Published restore(@PathVariable String name, @PathVariable String id,
            @RequestBody Publication publication, Principal editor) {
        return changes.restore(editor.getName(), name, id, publication.message());
    }
}
