package org.convenor.network;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
        Map<String, Map<InteractionKind, LocalDate>> last = new LinkedHashMap<>();
        for (Interaction interaction : interactions) {
            if (!interaction.date().isAfter(asOf)) {
                last.computeIfAbsent(interaction.memberId(), id -> new EnumMap<>(InteractionKind.class))
                        .merge(interaction.kind(), interaction.date(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<ContactHistory> histories = new ArrayList<>(last.size());
        last.forEach((memberId, byKind) -> histories.add(new ContactHistory(memberId, asOf, byKind)));
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
