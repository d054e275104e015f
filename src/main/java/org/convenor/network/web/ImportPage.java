package org.convenor.network.web;

import java.io.Serializable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.function.IntConsumer;

import io.swagger.v3.oas.annotations.Hidden;

import org.convenor.network.Reader;
import org.convenor.console.ConsolePage;
import org.convenor.network.imports.CsvRecords;
import org.convenor.network.store.NetworkWrites;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.LimitExceededException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a CSV file of members or interactions from the network page (STAFF), through the same reader,
 * checks and transaction as {@code POST /api/network/members}: all or nothing. A refused file's problems are
 * shown on the network page by line, column and message; nothing of the file's content is logged. A file of more
 * than {@value #BACKGROUND_BYTES} bytes (some 15,000 interactions or 5,000 members and up) is imported in the
 * background ({@link ImportRuns}): the officer gets its own page, which shows how far it has got and what it
 * did, and may leave it and come back.
 */
@ConsolePage
class ImportPage {

    static final int BACKGROUND_BYTES = 1_000_000;

    private final NetworkWrites writes;
    private final ImportRuns runs;

    ImportPage(NetworkWrites writes, ImportRuns runs) {
        this.writes = writes;
        this.runs = runs;
    }

    @ModelAttribute("section")
    String section() {
        return "network";
    }

    /** A refused file, as the network page lists it. */
    record Refused(String what, String file, List<FieldProblem> problems) implements Serializable {
    }

    /** A members file to start from: the header and two example rows, as a spreadsheet opens it. */
    @GetMapping(value = "/network/import/members-template.csv", produces = "text/csv")
    @ResponseBody
    @Hidden // a console page's download, not part of the API
    ResponseEntity<byte[]> membersTemplate() {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"members.csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(CsvRecords.MEMBER_TEMPLATE.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/network/import/{what}")
    String importFile(@PathVariable String what, @RequestParam(required = false) MultipartFile file, Principal user,
            RedirectAttributes redirect) {
        if (!what.equals("members") && !what.equals("interactions")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Only members and interactions are imported here.");
        }
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            redirect.addFlashAttribute("refused", new Refused(what, null,
                    List.of(new FieldProblem(null, "choose a CSV file to import"))));
            return "redirect:/network#import";
        }
        String name = file.getOriginalFilename();
        byte[] body;
        try {
            body = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Reader reader = Reader.of(user);
        if (body.length > BACKGROUND_BYTES) {
            ImportRuns.Run run = runs.start(what, name, user.getName(), started -> {
                try {
                    started.done(importNow(what, name, body, reader, started::read, started));
                } catch (InvalidInputException e) {
                    started.refused(e.problems());
                } catch (LimitExceededException e) {
                    started.refused(List.of(e.problem()));
                }
            });
            return "redirect:/network/imports/" + run.id();
        }
        try {
            redirect.addFlashAttribute("notice", importNow(what, name, body, reader, rows -> { },
                    NetworkWrites.Progress.NONE));
            return "redirect:/network";
        } catch (InvalidInputException e) {
            return refused(redirect, what, name, e.problems());
        } catch (LimitExceededException e) {
            return refused(redirect, what, name, List.of(e.problem()));
        }
    }

    /** Imports the file, one transaction; answers what the officer is told it did. */
    private String importNow(String what, String name, byte[] body, Reader reader, IntConsumer read,
            NetworkWrites.Progress progress) {
        if (what.equals("members")) {
            NetworkWrites.MembersUpserted done = writes.members(CsvRecords.members(body, read), reader, progress);
            return "Imported " + name + ": " + ErasurePage.count(done.created(), "new member") + ", "
                    + ErasurePage.count(done.updated(), "member") + " updated." + withoutName(done.withoutName())
                    + (CsvRecords.givesJoiningDays(body) ? "" : " The file has no joinedOn column, so these members"
                            + " have no joining day: the alerts treat them as with us before anything we record.");
        }
        NetworkWrites.Appended done = writes.interactions(CsvRecords.interactions(body, read), reader, progress);
        return "Imported " + name + ": " + ErasurePage.count(done.created(), "new interaction") + "; "
                + done.skipped() + " already stored, skipped.";
    }

    /** How an import in the background is getting on; someone else's is not found. */
    @GetMapping("/network/imports/{id}")
    String progress(@PathVariable String id, Principal user, Model model) {
        ImportRuns.Run run = runs.find(id, user.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such import of yours."));
        model.addAttribute("run", run);
        return "network/import";
    }

    /** The imports this user started on this instance, newest first. */
    @GetMapping("/network/imports")
    String imports(Principal user, Model model) {
        model.addAttribute("runs", runs.of(user.getName()));
        return "network/imports";
    }

    /** Stored all the same; the pages name such a member by its id until someone gives it a name. */
    static String withoutName(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        List<String> shown = ids.subList(0, Math.min(5, ids.size()));
        return " " + (ids.size() == 1 ? "1 member has no name and shows" : ids.size() + " members have no name and show")
                + " by id: "
                + String.join(", ", shown) + (ids.size() > shown.size() ? ", …" : "") + ".";
    }

    private static String refused(RedirectAttributes redirect, String what, String name, List<FieldProblem> problems) {
        redirect.addFlashAttribute("alert", "Nothing was imported: " + name + " has "
                + (problems.size() == 1 ? "a problem" : problems.size() + " problems") + ", listed below.");
        redirect.addFlashAttribute("refused", new Refused(what, name, problems));
        return "redirect:/network#import";
    }
}
