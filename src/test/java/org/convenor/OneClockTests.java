package org.convenor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasName;
import org.convenor.system.OfficeProperties;
import org.junit.jupiter.api.Test;

/**
 * "Today" is the office's day, from the one {@link Clock} made of {@code convenor.time-zone}: no other code asks
 * the system for the date or the time, so a page, an answer and a preview never disagree about the day.
 */
class OneClockTests {

    static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK =
            new DescribedPredicate<>("reads the system's date or time instead of the office's Clock") {
                @Override
                public boolean test(JavaMethodCall call) {
                    String owner = call.getTarget().getOwner().getName();
                    String name = call.getTarget().getName();
                    List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
                    boolean fromClock = parameters.size() == 1 && parameters.get(0).isEquivalentTo(Clock.class);
                    return owner.startsWith("java.time.") && name.equals("now") && !fromClock
                            || owner.equals(Clock.class.getName()) && name.startsWith("system")
                            || owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
                }
            };

    @Test
    void onlyTheOfficesClockReadsTheSystemTime() {
        noClasses().that(DescribedPredicate.not(HasName.Predicates.name(OfficeProperties.class.getName())))
                .should().callMethodWhere(READS_THE_SYSTEM_CLOCK)
                .check(ModularityTests.CLASSES);
    }
}
