package org.convenor.rulesets.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.convenor.rulesets.drafts.Preview.Change;
import org.convenor.rulesets.drafts.Preview.ChangeKind;
import org.convenor.rulesets.drafts.Preview;

/**
 * A preview as an editor reads it: the changes grouped as ADDED, CHANGED and REMOVED, one line each
 * ("amira-journalist — NEGLECTED: WARNING → CRITICAL"), with the longer texts that changed (a message, the
 * reasons) beside it, before and after. It knows answer elements only as JSON, so it serves every rule set.
 *
 * @param unchanged decisions the draft leaves as they are, counted rather than listed
 */
record PreviewView(LocalDate asOf, String baseVersion, String candidateVersion, int unchanged, List<Group> groups,
        List<PortfolioRow> portfolio) implements Serializable {

    /** At most this many lines per group: the API's preview lists them all. */
    static final int SHOWN = 300;

    /** The fields that say most about a decision, shown first and without their name where the value says it. */
    private static final List<String> HEADLINE = List.of("severity", "status", "rank", "amount", "exemption", "gap",
            "daysSinceContact");
    private static final Set<String> UNNAMED = Set.of("severity", "status");

    record Group(ChangeKind kind, String heading, int total, List<Line> lines) implements Serializable {
    }

    /**
     * A change as a line: "amira-journalist (Amira Haddad) — NEGLECTED: WARNING → CRITICAL".
     *
     * @param first the subject's first value: the member or campaign it is about
     * @param name the member's name, when the subject is a member and has one
     * @param rest the subject's other values ("NEGLECTED"), if any
     * @param details each longer field that changed, before and after
     * @param owner who owns the member the decision is about (an alert's {@code owner}), if anyone
     */
    record Line(String first, String name, String rest, String headline, List<String> details, String owner)
            implements Serializable {
    }

    record PortfolioRow(String label, String before, String after) implements Serializable {
    }

    /** @param names member ids to names, for the lines about members */
    static PreviewView of(Preview preview, Map<String, String> names) {
        List<Group> groups = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            List<Change> changes = preview.changes().stream().filter(c -> c.change() == kind).toList();
            if (!changes.isEmpty()) {
                groups.add(new Group(kind, heading(kind, changes.size()), changes.size(),
                        changes.stream().limit(SHOWN).map(c -> line(c, names)).toList()));
            }
        }
        return new PreviewView(preview.asOf(), preview.base().version(), preview.candidate().version(),
                preview.summary().unchanged(), groups, portfolio(preview.portfolio()));
    }

    private static String heading(ChangeKind kind, int count) {
        return switch (kind) {
            case ADDED -> count + (count == 1 ? " decision added" : " decisions added");
            case CHANGED -> count + (count == 1 ? " decision changed" : " decisions changed");
            case REMOVED -> count + (count == 1 ? " decision gone" : " decisions gone");
        };
    }

    private static Line line(Change change, Map<String, String> names) {
        List<String> values = List.copyOf(change.subject().values());
        String memberId = change.subject().get("memberId");
        List<String> details = new ArrayList<>();
        String headline = switch (change.change()) {
            case ADDED -> gist(change.after(), change.subject());
            case REMOVED -> "was " + gist(change.before(), change.subject());
            case CHANGED -> differences(change.before(), change.after(), change.subject(), details);
        };
        JsonNode element = change.after() != null ? change.after() : change.before();
        if (change.change() != ChangeKind.CHANGED && element.has("message")) {
            details.add(text(element.get("message")));
        }
        // An introduction says why in its reason, as an alert does in its message.
        if (change.change() != ChangeKind.CHANGED && element.has("reason")) {
            details.add(text(element.get("reason")));
        }
        JsonNode owner = element.get("owner");
        return new Line(values.get(0), memberId == null ? null : names.get(memberId),
                String.join(" — ", values.subList(1, values.size())), headline, details,
                owner == null || owner.isNull() ? null : owner.asString());
    }

    /** The headline fields an element has, in order: "WARNING, 75 days since contact". */
    private static String gist(JsonNode element, Map<String, String> subject) {
        List<String> said = new ArrayList<>();
        for (String field : HEADLINE) {
            JsonNode value = element.get(field);
            if (value != null && !value.isNull() && !subject.containsKey(field) && !(field.equals("gap") && !value.asBoolean())) {
                said.add(field.equals("gap") ? "a gap" : named(field, text(value)));
            }
        }
        return String.join(", ", said);
    }

    /** "WARNING → CRITICAL; also message, rule", with each longer field's before and after in the details. */
    private static String differences(JsonNode before, JsonNode after, Map<String, String> subject, List<String> details) {
        Set<String> fields = new LinkedHashSet<>(HEADLINE);
        before.propertyNames().forEach(fields::add);
        after.propertyNames().forEach(fields::add);
        List<String> headline = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String field : fields) {
            JsonNode was = before.get(field);
            JsonNode is = after.get(field);
            if (subject.containsKey(field) || Objects.equals(was, is)) {
                continue;
            }
            if (HEADLINE.contains(field)) {
                headline.add(named(field, text(was) + " → " + text(is)));
            } else {
                others.add(spaced(field));
                details.add(spaced(field) + " before: " + text(was));
                details.add(spaced(field) + " after: " + text(is));
            }
        }
        if (!others.isEmpty()) {
            headline.add((headline.isEmpty() ? "" : "also ") + String.join(", ", others) + " changed");
        }
        return String.join("; ", headline);
    }

    private static String named(String field, String value) {
        if (UNNAMED.contains(field)) {
            return value;
        }
        return field.equals("daysSinceContact") ? value + " days since contact" : spaced(field) + " " + value;
    }

    private static List<PortfolioRow> portfolio(Preview.PortfolioChange change) {
        if (change == null) {
            return List.of();
        }
        return List.of(
                new PortfolioRow("Total fees", amount(change.before()), amount(change.after())),
                new PortfolioRow("Share of our income", percent(change.before()), percent(change.after())),
                new PortfolioRow("Within the cap", withinCap(change.before()), withinCap(change.after())),
                new PortfolioRow("Partners not counted", count(change.before()), count(change.after())));
    }

    /** As the fee book writes it: digits grouped, cents only when there are some ("11,000"). */
    private static String amount(JsonNode portfolio) {
        JsonNode total = portfolio == null ? null : portfolio.get("totalFees");
        if (total == null || total.isNull()) {
            return "—";
        }
        BigDecimal value = new BigDecimal(total.asString());
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(value.stripTrailingZeros().scale() <= 0 ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String withinCap(JsonNode portfolio) {
        JsonNode within = portfolio == null ? null : portfolio.get("withinCap");
        return within == null || within.isNull() ? "not measured" : within.asBoolean() ? "yes" : "no";
    }

    /** As the fee book says it: two decimals under 10%, one from there ("8.46%", "12.5%"). */
    private static String percent(JsonNode portfolio) {
        JsonNode share = portfolio == null ? null : portfolio.get("share");
        if (share == null || share.isNull()) {
            return "not measured";
        }
        BigDecimal percent = new BigDecimal(share.asString()).movePointRight(2);
        return percent.setScale(percent.abs().compareTo(BigDecimal.TEN) < 0 ? 2 : 1, RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString() + "%";
    }

    private static String count(JsonNode portfolio) {
        JsonNode notCounted = portfolio == null ? null : portfolio.get("notCounted");
        return notCounted == null ? "—" : String.valueOf(notCounted.size());
    }

    /** A value as text: a string as it is, a list of strings joined, a list of members by id, anything else as JSON. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "none";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isObject() && item.has("memberId") ? item.get("memberId").asString()
                    : text(item)));
            return items.isEmpty() ? "none" : String.join("; ", items);
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static String spaced(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
