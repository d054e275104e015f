package org.convenor.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.UnsupportedEncodingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.convenor.StaffForTests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The network the console's controller tests read, stored through the API, and what they need to read pages.
 * Dates are fixed, so the pages are read as of {@link #AS_OF} where they take a day; against the frozen
 * policy, as of that day:
 * <ul>
 * <li>Hollin Legal Aid Trust, a key partner, was last met 117 days ago (twice its 30 days: CRITICAL) and had
 * no intelligence update for 129 days; Amira Haddad, a standard journalist, was called 134 days ago (past 90:
 * WARNING); Basil Nour, another, 75 days ago (no alert, until the cadence is 60 days); Dara Okafor, an ally,
 * never; Sanad Medical Relief declined the hospitals coalition in disagreement and has not heard from us since.
 * Kisumu, Geneva, Northbridge, Lumen, Jisr and Hanne Berg are in touch.</li>
 * <li>Fees (our income 130,000 GBP): Hollin 1,000 and Northbridge 10,000 invoiced (8.5% of our income: past the
 * 8% warning, under the 10% cap), Kisumu exempt (Kenya), Geneva needs its income, Lumen, a prospect, a quote.</li>
 * <li>Campaign "hospitals": its target listens to diplomats, whom only a policy-maker (Hanne Berg) holds, a gap;
 * its theme wants medical voices: Jisr, while Sanad's decline is respected.</li>
 * </ul>
 */
public final class KnownNetwork {

    public static final LocalDate AS_OF = LocalDate.parse("2026-11-26");

    public static final String JSON = """
            {"convenor": {"annualIncome": 130000, "currency": "GBP"},
             "members": [
               {"id": "hollin", "name": "Hollin Legal Aid Trust", "kind": "ORGANISATION", "roles": ["PARTNER"],
                "tier": "KEY", "sectors": ["LEGAL"], "country": "GB", "annualIncome": 2400000},
               {"id": "amira", "name": "Amira Haddad", "kind": "PERSON", "roles": ["JOURNALIST"], "sectors": ["MEDIA"],
                "country": "LB"},
               {"id": "basil", "name": "Basil Nour", "kind": "PERSON", "roles": ["JOURNALIST"], "sectors": ["MEDIA"]},
               {"id": "dara", "name": "Dara Okafor", "kind": "PERSON", "roles": ["ALLY"], "sectors": ["FAITH"]},
               {"id": "kisumu", "name": "Kisumu Peace Forum", "kind": "ORGANISATION", "roles": ["PARTNER"],
                "sectors": ["PEACEBUILDING"], "country": "KE", "annualIncome": 800000},
               {"id": "geneva", "name": "Geneva Rights, Inc.", "kind": "ORGANISATION", "roles": ["PARTNER"],
                "sectors": ["HUMAN_RIGHTS"], "country": "CH"},
               {"id": "northbridge", "name": "Northbridge Foundation", "kind": "ORGANISATION", "roles": ["PARTNER"],
                "sectors": ["BUSINESS"], "country": "US", "annualIncome": 300000000},
               {"id": "lumen", "name": "Lumen Institute", "kind": "ORGANISATION", "roles": ["PROSPECT"],
                "sectors": ["ACADEMIC"], "country": "FR", "annualIncome": 5000000},
               {"id": "jisr", "name": "Jisr Amal Medical Network", "kind": "ORGANISATION", "roles": ["ALLY"],
                "sectors": ["MEDICAL"], "country": "SY"},
               {"id": "sanad", "name": "Sanad Medical Relief", "kind": "ORGANISATION", "roles": ["ALLY"],
                "sectors": ["MEDICAL"], "country": "YE"},
               {"id": "hanne", "name": "Hanne Berg", "kind": "PERSON", "roles": ["POLICY_MAKER"],
                "sectors": ["DIPLOMATIC"], "country": "NO"}],
             "interactions": [
               {"memberId": "hollin", "date": "2026-06-10", "kind": "CONVENING"},
               {"memberId": "hollin", "date": "2026-08-01", "kind": "MEETING", "note": "Agreed the court brief"},
               {"memberId": "hollin", "date": "2026-07-20", "kind": "INTEL_UPDATE"},
               {"memberId": "amira", "date": "2026-05-02", "kind": "STORY_SHARED", "note": "Sources on the port"},
               {"memberId": "amira", "date": "2026-07-15", "kind": "CALL"},
               {"memberId": "basil", "date": "2026-09-12", "kind": "CALL"},
               {"memberId": "kisumu", "date": "2026-11-20", "kind": "MEETING"},
               {"memberId": "kisumu", "date": "2026-11-02", "kind": "INTEL_UPDATE"},
               {"memberId": "kisumu", "date": "2026-10-01", "kind": "CONVENING"},
               {"memberId": "geneva", "date": "2026-11-10", "kind": "INTEL_UPDATE"},
               {"memberId": "geneva", "date": "2026-09-01", "kind": "CONVENING"},
               {"memberId": "northbridge", "date": "2026-11-12", "kind": "INTEL_UPDATE"},
               {"memberId": "northbridge", "date": "2026-10-20", "kind": "CONVENING"},
               {"memberId": "lumen", "date": "2026-10-01", "kind": "MEETING"},
               {"memberId": "jisr", "date": "2026-10-15", "kind": "MESSAGE"},
               {"memberId": "sanad", "date": "2026-05-20", "kind": "CALL"},
               {"memberId": "hanne", "date": "2026-11-01", "kind": "MEETING"}],
             "coalitions": [
               {"id": "k1", "campaignId": "hospitals", "sectors": ["MEDICAL"], "formedOn": "2026-06-01",
                "invited": ["sanad", "jisr"],
                "responses": [{"memberId": "sanad", "response": "DECLINED", "reason": "DISAGREES_WITH_APPROACH",
                               "date": "2026-06-03"}]}],
             "campaigns": [
               {"id": "hospitals", "name": "Stop the bombing of hospitals", "conflict": "Yemen",
                "themes": ["ATTACKS_ON_HEALTHCARE"],
                "targets": [{"id": "p5", "name": "A permanent member", "kind": "UN_SECURITY_COUNCIL",
                             "listensTo": ["DIPLOMATIC"]}]},
               {"id": "sudan-access", "name": "Open Sudan's crossings", "conflict": "Sudan",
                "themes": ["HUMANITARIAN_ACCESS"]}]}""";

    private KnownNetwork() {
    }

    /** Replaces whatever the store holds with this network, as a STAFF user of the API would. */
    public static void store(MockMvc mvc) throws Exception {
        store(mvc, JSON);
    }

    /** Replaces whatever the store holds with a network in the shape {@code PUT /api/network} takes. */
    public static void store(MockMvc mvc, String network) throws Exception {
        mvc.perform(put("/api/network").contentType(MediaType.APPLICATION_JSON).content(network)
                .with(httpBasic(StaffForTests.STAFF, StaffForTests.PASSWORD))).andExpect(status().isOk());
    }

    public static RequestPostProcessor viewer() {
        return user(StaffForTests.VIEWER).roles("VIEWER");
    }

    public static RequestPostProcessor staff() {
        return user(StaffForTests.STAFF).roles("STAFF");
    }

    public static RequestPostProcessor editor() {
        return user(StaffForTests.EDITOR).roles("EDITOR");
    }

    public static RequestPostProcessor operator() {
        return user(StaffForTests.OPERATOR).roles("OPERATOR");
    }

    public static Document page(MvcResult result) throws UnsupportedEncodingException {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** Ids given to more than one element: a link or label to one of them may reach the other. */
    public static List<String> duplicateIds(Document page) {
        Map<String, Long> ids = page.select("[id]").stream()
                .collect(Collectors.groupingBy(element -> element.id(), TreeMap::new, Collectors.counting()));
        return ids.entrySet().stream().filter(id -> id.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    /** The forms that would change something: every form that posts, but signing out. */
    public static Elements changeForms(Document page) {
        return page.select("form[method=post]:not([action=/logout])");
    }
}
