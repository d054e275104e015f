package org.convenor.rulesets.drafts;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.convenor.FrozenPolicy;
import org.convenor.engine.compile.RuleSetCompiler;
import org.junit.jupiter.api.Test;

class ScratchTests {
    static int n;
    TableFinder finder = new TableFinder(new RuleSetCompiler());

    void edit(String f, String id, java.util.function.UnaryOperator<List<List<Object>>> change) throws Exception {
        String text = Files.readString(FrozenPolicy.RULES.resolve(f));
        TableSource t = finder.find("rules/" + f, text).stream().filter(s -> s.table().id().equals(id)).findFirst().get();
        List<List<Object>> rows = new ArrayList<>();
        t.table().rows().forEach(r -> rows.add(new ArrayList<>(r)));
        try {
            String out = TableWriter.write(text, t, (List) change.apply(rows)).text();
            n++;
            Files.writeString(java.nio.file.Path.of("/tmp/x/" + n + ".a"), text);
            Files.writeString(java.nio.file.Path.of("/tmp/x/" + n + ".b"), out);
        } catch (org.convenor.validation.InvalidInputException e) {
            System.out.println("REFUSED " + e.problems());
        }
        System.out.println("-----");
    }

    @Test
    void show() throws Exception {
        edit("relationships/policy.drl", "how-often-each-role-should-hear-from-us", r -> { r.get(2).set(2, 60L); return r; });
        edit("relationships/policy.drl", "how-often-each-role-should-hear-from-us", r -> { r.get(2).set(2, -5L); return r; });
        edit("relationships/policy.drl", "how-often-each-role-should-hear-from-us", r -> { r.get(4).set(1, 120L); r.get(4).set(2, 1200L); r.get(1).set(0, "ALLY"); return r; });
        edit("relationships/policy.drl", "how-often-each-role-should-hear-from-us", r -> { r.remove(3); r.add(new ArrayList<>(List.of("DONOR", 7L, 14L))); return r; });
        edit("relationships/policy.drl", "how-often-each-role-should-hear-from-us", r -> { r.add(0, new ArrayList<>(List.of("DONOR", 7L, 14L))); return r; });
        edit("fees/policy.drl", "fee-bands-by-annual-income", r -> { r.get(4).set(1, 999999999L); r.get(0).set(2, 5L); return r; });
        edit("fees/policy.drl", "fee-ceilings-and-the-cap-on-the-fee-book", r -> { r.get(0).set(1, new BigDecimal("0.075")); return r; });
        edit("fees/policy.drl", "fee-ceilings-and-the-cap-on-the-fee-book", r -> { r.get(0).set(1, "x"); r.get(0).set(0, null); return r; });
        edit("coalitions/policy.drl", "how-much-each-signal-weighs", r -> { r.get(0).set(0, 10L); r.get(0).set(3, 100L); return r; });
        edit("fees/global-south.drl", "countries-counted-as-the-global-south", r -> { r.add(List.of("UY")); return r; });
        edit("fees/global-south.drl", "countries-counted-as-the-global-south", r -> { r.add(List.of("AF")); return r; });
        edit("fees/global-south.drl", "countries-counted-as-the-global-south", r -> { r.remove(25); r.remove(0); r.remove(r.size()-1); return r; });
        edit("fees/global-south.drl", "countries-counted-as-the-global-south", r -> { for (int i = 0; i < 26; i++) r.remove(0); return r; });
        edit("coalitions/policy.drl", "which-interactions-count-as-being-in-touch", r -> { r.subList(0, 3).clear(); return r; });
        edit("coalitions/policy.drl", "which-interactions-count-as-being-in-touch", r -> { r.subList(3, 7).clear(); return r; });
        edit("coalitions/policy.drl", "which-sector-comes-first-when-two-weigh-the-same", r -> { r.add(0, r.remove(1)); return r; });
        edit("coalitions/policy.drl", "which-sectors-each-kind-of-target-listens-to", r -> { r.get(0).set(2, "they \"listen\" to officers"); r.get(1).set(1, "LEGAL"); return r; });
        edit("coalitions/policy.drl", "which-interactions-count-as-being-in-touch", r -> { r.clear(); return r; });
    }
}
