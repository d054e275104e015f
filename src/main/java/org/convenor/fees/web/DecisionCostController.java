package org.convenor.fees.web;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RuleSet;
import org.convenor.fees.FeeAnswer;
import org.convenor.fees.FeeRequest;
import org.convenor.fees.FeeService;
import org.convenor.validation.RequestLimits;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Only in the {@code bench} profile: what one fee decision costs in the running service, measured two ways
 * with the request thread's own CPU time. {@code /bench/fees/timed} is the fee endpoint timing its decision
 * between other requests, as it runs under load; {@code /bench/fees/decide-loop} makes the same decision many
 * times in a row in the same JVM, as an in-process benchmark does. The difference between the two is what
 * the HTTP work around each decision costs the decision itself (docs/benchmarks.md, "Where the fee
 * decision's time goes").
 */
@RestController
@Profile("bench")
class DecisionCostController {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final LongAdder decisions = new LongAdder();
    private final LongAdder cpuNanos = new LongAdder();
    private final FeeService fees;
    private final ActiveRuleSets ruleSets;
    private final RequestLimits limits;

    DecisionCostController(FeeService fees, ActiveRuleSets ruleSets, RequestLimits limits) {
        this.fees = fees;
        this.ruleSets = ruleSets;
        this.limits = limits;
    }

    /** The fee endpoint's own work, adding its decision's CPU time to the running totals. */
    @PostMapping("/bench/fees/timed")
    FeeAnswer timed(@RequestBody FeeRequest request) {
        limits.members(request.members());
        RuleSet ruleSet = ruleSets.get(FeeService.RULE_SET);
        long start = threads.getCurrentThreadCpuTime();
        FeeAnswer answer = fees.decide(request, ruleSet);
        cpuNanos.add(threads.getCurrentThreadCpuTime() - start);
        decisions.increment();
        return answer;
    }

    /** The timed endpoint's decisions since the last call, and their mean CPU time; starts counting again. */
    @PostMapping("/bench/fees/timed/taken")
    Cost taken() {
        long count = decisions.sumThenReset();
        long nanos = cpuNanos.sumThenReset();
        return new Cost(count, count == 0 ? 0 : nanos / 1000.0 / count, null);
    }

    /** The same decision {@code times} times in a row on this request's thread. */
    @PostMapping("/bench/fees/decide-loop")
    Cost loop(@RequestBody FeeRequest request, @RequestParam(defaultValue = "20000") int times) {
        limits.members(request.members());
        RuleSet ruleSet = ruleSets.get(FeeService.RULE_SET);
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < times; i++) {
            fees.decide(request, ruleSet);
        }
        return new Cost(times, (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / times,
                (System.nanoTime() - wall) / 1000.0 / times);
    }

    /** @param wallMicros per decision, for the loop only */
    record Cost(long decisions, double cpuMicros, Double wallMicros) {
    }
}
