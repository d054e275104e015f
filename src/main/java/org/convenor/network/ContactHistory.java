package org.convenor.network;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.convenor.engine.Fact;

/**
 * One member's contact history as of a day: the last date of each kind of interaction on or before it.
 * Summarising the interactions is data, not policy, so it is done here in one pass; which kinds count as
 * contact, or as a benefit, is for the rules to say. Interactions after {@code asOf} have not happened yet.
 */
public record ContactHistory(String memberId, LocalDate asOf, Map<InteractionKind, LocalDate> lastByKind)
        implements Fact {

    /** One history per member with at least one interaction on or before {@code asOf}, in order of first mention. */
    public static List<ContactHistory> of(List<Interaction> interactions, LocalDate asOf) {
        Map<String, Map<InteractionKind, LocalDate>> last = new HashMap<>();
        List<String> members = new ArrayList<>();
        for (Interaction interaction : interactions) {
            LocalDate date = interaction.date();
            if (date.isAfter(asOf)) {
                continue;
            }
            Map<InteractionKind, LocalDate> byKind = last.get(interaction.memberId());
            if (byKind == null) {
                byKind = new EnumMap<>(InteractionKind.class);
                last.put(interaction.memberId(), byKind);
                members.add(interaction.memberId());
            }
            LocalDate previous = byKind.get(interaction.kind());
            if (previous == null || date.isAfter(previous)) {
                byKind.put(interaction.kind(), date);
            }
        }
        List<ContactHistory> histories = new ArrayList<>(members.size());
        for (String member : members) {
            histories.add(new ContactHistory(member, asOf, last.get(member)));
        }
        return histories;
    }

    /** The last interaction of this kind, or {@code null} when there was none. */
    public LocalDate lastOf(InteractionKind kind) {
        return lastByKind.get(kind);
    }

    /** The last interaction of any of these kinds, or {@code null} when there was none. */
    public LocalDate latestOf(Collection<InteractionKind> kinds) {
        LocalDate latest = null;
        for (InteractionKind kind : kinds) {
            LocalDate date = lastByKind.get(kind);
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return latest;
    }

    public long daysSince(LocalDate date) {
        return ChronoUnit.DAYS.between(date, asOf);
    }

    @Override
    public String factId() {
        return memberId;
    }
}
