package org.convenor.network.imports.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.convenor.network.InteractionKind;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;

/**
 * A member being made, with the plan for its contacts. Mutable while the network is planned, because the
 * coalitions change whom a member must have heard from and when; the files get the {@link Member} it becomes.
 */
final class Draft {

    /** A contact that must be there, on an exact day. */
    record Touch(int daysAgo, InteractionKind kind, String note) {
    }

    final String id;
    final String name;
    final MemberKind kind;
    final List<Role> roles;
    final Tier tier;
    final List<Sector> sectors;
    final String country;
    Boolean globalSouth;
    BigDecimal income;
    /** The currency {@code income} is in; null: pounds, the demo convenor's currency. */
    String incomeCurrency;
    Boolean feeWaiver;
    /** Who may speak; null: not known, as every demo member was before. */
    Boolean serving;
    Boolean publiclyNameable;
    final List<String> reaches = new ArrayList<>();
    /** Days before END of the planned latest ordinary contact; null: none. */
    Integer last;
    boolean lacksIntel;
    boolean lacksConvening;
    final List<Touch> touches = new ArrayList<>();

    Draft(String id, String name, MemberKind kind, List<Role> roles, Tier tier, List<Sector> sectors,
            String country) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.roles = roles;
        this.tier = tier;
        this.sectors = sectors;
        this.country = country;
    }

    boolean has(Role role) {
        return roles.contains(role);
    }

    boolean isVoice() {
        return has(Role.PARTNER) || has(Role.ALLY) || has(Role.PROSPECT);
    }

    Draft income(long amount) {
        income = BigDecimal.valueOf(amount);
        return this;
    }

    /**
     * An income kept in its own currency: {@code pounds} worth, written as the local amount at the shipped rate, so
     * the fee (and every number the demo promises) is what it was in pounds.
     */
    Draft income(long pounds, String currency) {
        incomeCurrency = currency;
        income = BigDecimal.valueOf(pounds).multiply(PER_POUND.get(currency)).setScale(0, java.math.RoundingMode.HALF_EVEN);
        return this;
    }

    /**
     * The shipped fees policy's rates (units to GBP 1) for the currencies the demo uses: the demo's files are
     * written by the tests, which never read the live rules; a changed rate there changes no demo fee here.
     */
    static final java.util.Map<String, BigDecimal> PER_POUND = java.util.Map.of("CHF", new BigDecimal("1.06"),
            "KES", new BigDecimal("170"), "USD", new BigDecimal("1.32"), "EUR", new BigDecimal("1.14"));

    /** A member's income in pounds at those rates, whole pounds; null when it has none. */
    static BigDecimal inPounds(Member member) {
        return member.annualIncome() == null || member.incomeCurrency() == null ? member.annualIncome()
                : member.annualIncome().divide(PER_POUND.get(member.incomeCurrency()), 0, java.math.RoundingMode.HALF_EVEN);
    }

    /** Serving in an office: could introduce us, not sign. */
    Draft serving() {
        serving = Boolean.TRUE;
        return this;
    }

    Draft notNameable() {
        publiclyNameable = Boolean.FALSE;
        return this;
    }

    Draft reaches(String... targets) {
        reaches.addAll(List.of(targets));
        return this;
    }

    Draft last(Integer days) {
        last = days;
        return this;
    }

    /** The most recent planned contact, in days before END; null when there is none. */
    Integer latest() {
        Integer latest = last;
        for (Touch touch : touches) {
            latest = latest == null ? touch.daysAgo() : Math.min(latest, touch.daysAgo());
        }
        return latest;
    }

    Member member() {
        return new Member(id, name, kind, roles, tier, sectors, country, globalSouth, income, feeWaiver, reaches, null, null,
                incomeCurrency, false, List.of(), serving, publiclyNameable);
    }
}
