package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;

import org.convenor.ConvenorApplication;
import org.convenor.TempRules;
import org.convenor.engine.ActiveRuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/** A broken policy never serves: start-up stops and says exactly what is wrong. */
class StartupGateTests {

    @TempDir
    Path root;

    Throwable startWith(TempRules rules) {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ConvenorApplication.class)
                .web(WebApplicationType.NONE).run(rules.args()).close());
        return failure == null ? null : NestedExceptionUtils.getMostSpecificCause(failure);
    }

    @Test
    void aDrlSyntaxErrorStopsStartUpWithFileAndLine() {
        TempRules rules = TempRules.copy(root);
        rules.editRule("fees/waiver.drl", "FeeCandidate($id : memberId)", "FeeCandidate($id : memberId");

        assertThat(startWith(rules)).isInstanceOf(IllegalStateException.class).hasMessageMatching(
                "(?s).*fees: REJECTED - does not compile\n  fees/waiver\\.drl:\\d+: .*");
    }

    @Test
    void aFailingScenarioStopsStartUpNamingItWithExpectedAndActual() {
        TempRules rules = TempRules.copy(root);
        rules.editRule("fees/policy.drl", "10000000L,     1000L", "10000000L,     1200L");

        assertThat(startWith(rules)).hasMessageContaining("fees: REJECTED")
                .hasMessageContaining("\n  fees/income-bands.yaml (Each income band boundary sets the next band's fee): "
                        + "expect.assessments[1] (memberId: exactly-1m): amount expected 1000 but was 1200\n");
    }

    @Test
    void aRuleNoScenarioFiresStopsStartUpNamingTheRule() {
        TempRules rules = TempRules.copy(root);
        rules.editRule("fees/waiver.drl", "rule \"An approved fee waiver means no fee\"",
                "rule \"Nobody is ever this rich\"\nwhen\n    Member(annualIncome > 1000000000000)\nthen\nend\n\n"
                        + "rule \"An approved fee waiver means no fee\"");

        assertThat(startWith(rules)).hasMessageContaining("rules no scenario fires: [Nobody is ever this rich]");
    }

    @Test
    void theProjectsOwnRulesStart() {
        assertThat(startWith(TempRules.copy(root))).isNull();
    }

    @Test
    void everyRuleSetIsActiveOnceTheContextHasStarted() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConvenorApplication.class)
                .web(WebApplicationType.NONE).run(TempRules.copy(root).args())) {
            assertThat(context.getBean(ActiveRuleSets.class).all())
                    .containsOnlyKeys("coalitions", "fees", "introductions", "relationships");
        }
    }
}
