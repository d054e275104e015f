package org.convenor.coalitions.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.convenor.console.ConsolePage;
import org.convenor.network.Campaign;
import org.convenor.network.Moment;
import org.convenor.network.Target;
import org.convenor.network.store.NetworkStore;
import org.convenor.system.SpreadsheetCsv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every campaign as one spreadsheet, for looking back across them: its time, its moments, and at closing what came
 * of it and what we learned (the handbook: "learn from what approaches have or haven't worked"). Lists are one
 * cell each, their values separated by {@code ;}; a moment reads {@code 2027-02-18 Security Council vote}.
 */
@ConsolePage
class CampaignsCsv {

    static final List<String> COLUMNS = List.of("id", "name", "status", "startsOn", "endsOn", "moments", "themes",
            "targets", "conflict", "outcome", "lessons");

    private final NetworkStore store;
    private final Clock clock;

    CampaignsCsv(NetworkStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/campaigns.csv")
    void campaigns(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("campaigns-" + LocalDate.now(clock) + ".csv").build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out, COLUMNS)) {
            for (Campaign c : store.read().campaigns()) {
                csv.row(c.id(), c.name(), c.status(), c.startsOn(), c.endsOn(),
                        join(c.moments().stream().map(CampaignsCsv::moment).toList()),
                        join(c.themes().stream().map(Enum::name).toList()),
                        join(c.targets().stream().map(Target::id).toList()), c.conflict(), c.outcome(), c.lessons());
            }
        }
    }

    private static String moment(Moment moment) {
        return moment.on() + " " + moment.what();
    }

    private static String join(List<String> values) {
        return String.join(";", values);
    }
}
