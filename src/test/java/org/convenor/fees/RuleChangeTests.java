package org.convenor.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.convenor.ConvenorApplication;
import org.convenor.TempRules;
import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.FiredRule;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Staff change a band in the DRL (and the scenario that pins it), restart, and the answer follows. */
class RuleChangeTests {

    @TempDir
    Path root;

    static final FeeRequest BIG_NGO = new FeeRequest(new Convenor(new BigDecimal("40000000"), null), List.of(
            new Member("big-ngo", null, MemberKind.ORGANISATION, List.of(Role.PARTNER), null, null, "US", null,
                    new BigDecimal("300000000"), null, null, null, null, null, null, null)));

    FeeAnswer askAfterStartingWith(TempRules rules) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConvenorApplication.class)
                .web(WebApplicationType.NONE).run(rules.args())) {
            return context.getBean(FeeService.class).decide(BIG_NGO,
                    context.getBean(ActiveRuleSets.class).get("fees"));
        }
    }

    @Test
    void aChangedBandAmountIsAnsweredWithTheNewVersionAfterARestart() {
        TempRules rules = TempRules.copy(root);
        FeeAnswer before = askAfterStartingWith(rules);

        rules.editRule("fees/policy.drl", "null,    10000L", "null,    12000L");
        rules.editScenario("fees/income-bands.yaml", "{memberId: exactly-250m, amount: 10000}",
                "{memberId: exactly-250m, amount: 12000}");
        rules.editScenario("fees/income-bands.yaml", "totalFees: 27250", "totalFees: 29250");
        FeeAnswer after = askAfterStartingWith(rules);

        assertThat(before.assessments().get(0).amount()).isEqualByComparingTo("10000");
        assertThat(after.assessments().get(0).amount()).isEqualByComparingTo("12000");
        assertThat(after.ruleSet().version()).isNotEqualTo(before.ruleSet().version());
        assertThat(after.firedRules()).extracting(FiredRule::rule).contains("The fee is set by the member's income band");
        assertThat(after.assessments().get(0).reasons()).anySatisfy(reason -> assertThat(reason).contains("fee 12,000"));
    }
}
