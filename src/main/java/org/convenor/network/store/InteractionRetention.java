package org.convenor.network.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Old contacts forgotten: once a day, in the office's time zone, the interactions that happened before today less
 * the retention period are deleted in one write, which the audit log counts. Off unless the period is set. The
 * schedule and ShedLock's lease are the ones the digest set up (its configuration enables both for every bean),
 * so with several instances on one database one of them deletes.
 */
@Component
class InteractionRetention {

    static final String PROPERTY = "convenor.retention.interactions";

    /**
     * @param interactions how long an interaction is kept after the day it happened, an ISO-8601 period ({@code P2Y},
     *        {@code P18M}); unset: kept for ever
     * @param cron when the deletion runs, a Spring cron read in the office's time zone; {@code -} turns it off
     */
    @ConfigurationProperties("convenor.retention")
    record Settings(@Nullable Period interactions, @DefaultValue("0 15 3 * * *") String cron) {

        Settings {
            if (interactions != null && (interactions.isNegative() || interactions.isZero())) {
                throw new IllegalArgumentException(PROPERTY + " must be a positive ISO-8601 period, like P2Y (two years); "
                        + "it is " + interactions);
            }
        }
    }

    private final Settings settings;
    private final NetworkWrites writes;
    private final Clock clock;

    InteractionRetention(Settings settings, NetworkWrites writes, Clock clock) {
        this.settings = settings;
        this.writes = writes;
        this.clock = clock;
    }

    @Scheduled(cron = "${convenor.retention.cron:0 15 3 * * *}", zone = "${convenor.time-zone:UTC}")
    @SchedulerLock(name = "interaction-retention", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void daily() {
        forgetOld();
    }

    /**
     * Deletes what the period no longer keeps: an interaction on the first day kept stays, one the day before goes.
     *
     * @return how many were deleted; empty when retention is off
     */
    OptionalInt forgetOld() {
        if (settings.interactions() == null) {
            return OptionalInt.empty();
        }
        LocalDate firstKept = LocalDate.now(clock).minus(settings.interactions());
        return OptionalInt.of(writes.forgetInteractionsBefore(firstKept));
    }
}
