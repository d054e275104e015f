package org.convenor.network.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * {@code convenor.retention.interactions}: unset keeps everything; a period that cannot be read, or one of no
 * length, stops the service starting with a message that names the setting.
 */
class RetentionSettingsTests {

    @Configuration
    @EnableConfigurationProperties(InteractionRetention.Settings.class)
    static class Settings {
    }

    final ApplicationContextRunner service = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void unsetKeepsEverything() {
        service.run(context -> {
            InteractionRetention.Settings settings = context.getBean(InteractionRetention.Settings.class);
            assertThat(settings.interactions()).isNull();
            assertThat(settings.cron()).isEqualTo("0 15 3 * * *");
            // Off: nothing is asked of the store.
            assertThat(new InteractionRetention(settings, null, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).forgetOld())
                    .isEmpty();
        });
    }

    @Test
    void anIsoPeriodIsRead() {
        service.withPropertyValues("convenor.retention.interactions=P2Y6M").run(context -> assertThat(
                context.getBean(InteractionRetention.Settings.class).interactions()).isEqualTo(Period.of(2, 6, 0)));
    }

    @Test
    void aPeriodThatCannotBeReadStopsTheStartNamingTheSetting() {
        service.withPropertyValues("convenor.retention.interactions=two years").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).anySatisfy(message -> assertThat(message)
                    .contains("convenor.retention.interactions").contains("java.time.Period"));
        });
    }

    @Test
    void aPeriodOfNoLengthOrBackwardsStopsTheStart() {
        for (String period : List.of("P0D", "P-1Y", "P1Y-13M")) {
            service.withPropertyValues("convenor.retention.interactions=" + period).run(context -> {
                assertThat(context).hasFailed();
                assertThat(messages(context.getStartupFailure())).as(period).anySatisfy(message -> assertThat(message)
                        .startsWith("convenor.retention.interactions must be a positive ISO-8601 period, like P2Y"));
            });
        }
    }

    private static List<String> messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return messages;
    }
}
