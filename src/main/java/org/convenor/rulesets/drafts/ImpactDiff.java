package org.convenor.rulesets.drafts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

import org.convenor.network.Decided;
import org.convenor.rulesets.drafts.Preview.Change;
import org.convenor.rulesets.drafts.Preview.ChangeKind;
import org.convenor.rulesets.drafts.Preview.Summary;

/**
 * What differs between the decisions of two versions of a rule set over the same network. Decisions pair by
 * their subject (an alert's member and kind, say); where a subject has several decisions on a side they pair
 * by rule, and what is left over is added or removed. A pair whose elements differ in any field is CHANGED, so
 * a warning that becomes critical (raised by two different rules) is one change, not a removal and an addition.
 */
final class ImpactDiff {

    private ImpactDiff() {
    }

    record Impact(Summary summary, List<Change> changes) {
    }

    static Impact compare(List<Decided> before, List<Decided> after) {
        Map<Map<String, String>, List<Decided>> beforeBySubject = bySubject(before);
        Map<Map<String, String>, List<Decided>> afterBySubject = bySubject(after);
        Map<Map<String, String>, Boolean> subjects = new LinkedHashMap<>();
        afterBySubject.keySet().forEach(subject -> subjects.put(subject, true));
        beforeBySubject.keySet().forEach(subject -> subjects.putIfAbsent(subject, true));

        List<Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (Map<String, String> subject : subjects.keySet()) {
            List<Decided> was = new ArrayList<>(beforeBySubject.getOrDefault(subject, List.of()));
            List<Decided> is = new ArrayList<>(afterBySubject.getOrDefault(subject, List.of()));
            if (was.size() == 1 && is.size() == 1) {
                unchanged += pair(subject, was.remove(0), is.remove(0), changes);
            }
            for (Decided now : List.copyOf(is)) {
                Decided then = was.stream().filter(d -> Objects.equals(d.pairBy(), now.pairBy())).findFirst()
                        .orElse(null);
                if (then != null) {
                    was.remove(then);
                    is.remove(now);
                    unchanged += pair(subject, then, now, changes);
                }
            }
            was.forEach(gone -> changes.add(new Change(subject, ChangeKind.REMOVED, gone.element(), null)));
            is.forEach(added -> changes.add(new Change(subject, ChangeKind.ADDED, null, added.element())));
        }
        int added = (int) changes.stream().filter(c -> c.change() == ChangeKind.ADDED).count();
        int removed = (int) changes.stream().filter(c -> c.change() == ChangeKind.REMOVED).count();
        return new Impact(new Summary(added, removed, changes.size() - added - removed, unchanged), changes);
    }

    /** @return 1 when the pair is unchanged, 0 when it was recorded as a change */
    private static int pair(Map<String, String> subject, Decided before, Decided after, List<Change> changes) {
        if (before.element().equals(after.element())) {
            return 1;
        }
        changes.add(new Change(subject, ChangeKind.CHANGED, before.element(), after.element()));
        return 0;
    }

    private static Map<Map<String, String>, List<Decided>> bySubject(List<Decided> decisions) {
        Map<Map<String, String>, List<Decided>> bySubject = new LinkedHashMap<>();
        decisions.forEach(d -> bySubject.computeIfAbsent(d.subject(), s -> new ArrayList<>()).add(d));
        return bySubject;
    }
}
