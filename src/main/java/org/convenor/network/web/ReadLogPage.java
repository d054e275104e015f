package org.convenor.network.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.convenor.console.ConsolePage;
import org.convenor.network.store.ReadLog;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The read log (ADMIN): who opened a restricted member or a confidential note in detail, newest first. */
@ConsolePage
class ReadLogPage {

    private static final int ENTRIES = 1000;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

    private final ReadLog reads;
    private final Clock clock;

    ReadLogPage(ReadLog reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /** One entry as the page says it, in the office's time zone. */
    record Row(String at, String user, String memberId, String what, String openedIn) {
    }

    @ModelAttribute("section")
    String section() {
        return "reads";
    }

    @GetMapping("/network/reads")
    String reads(Model model) {
        model.addAttribute("rows", reads.entries(ENTRIES).stream().map(entry -> new Row(
                entry.at().atZoneSameInstant(clock.getZone()).format(AT), entry.user(), entry.memberId(),
                entry.what() == ReadLog.What.RESTRICTED_MEMBER ? "a restricted member" : "confidential notes",
                switch (entry.openedIn()) {
                    case PAGE -> "its page";
                    case API -> "the API";
                    case EXPORT -> "an export";
                })).toList());
        return "network/reads";
    }
}
