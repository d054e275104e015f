package org.convenor.network.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.convenor.console.Choices;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;
import org.convenor.validation.Dates;

/**
 * A member as its form holds it: text as typed (an income with its commas, a country in lower case), read into
 * a {@link Member} only on saving, so what cannot be read is said beside its field. Mutable, for form binding.
 */
public class MemberForm {

    static final String FROM_THE_LIST = "";

    private String id;
    private String name;
    private MemberKind kind;
    private List<Role> roles = new ArrayList<>();
    private Tier tier = Tier.STANDARD;
    private List<Sector> sectors = new ArrayList<>();
    private String country;
    private String globalSouth = FROM_THE_LIST;
    private String annualIncome;
    private String incomeCurrency;
    private boolean feeWaiver;
    private List<String> reaches = new ArrayList<>();
    private String owner;
    private String joinedOn;
    private boolean restricted;
    private List<String> sharedWith = new ArrayList<>();
    private String serving = FROM_THE_LIST;
    private String publiclyNameable = FROM_THE_LIST;

    static MemberForm of(Member member) {
        MemberForm form = new MemberForm();
        form.id = member.id();
        form.name = member.name();
        form.kind = member.kind();
        form.roles = new ArrayList<>(member.roles());
        form.tier = member.tier();
        form.sectors = new ArrayList<>(member.sectors());
        form.country = member.country();
        form.globalSouth = member.globalSouth() == null ? FROM_THE_LIST : member.globalSouth().toString();
        form.annualIncome = member.annualIncome() == null ? null : member.annualIncome().toPlainString();
        form.incomeCurrency = member.incomeCurrency();
        form.feeWaiver = Boolean.TRUE.equals(member.feeWaiver());
        form.reaches = new ArrayList<>(member.reaches());
        form.owner = member.owner();
        form.joinedOn = member.joinedOn() == null ? null : member.joinedOn().toString();
        form.restricted = member.restricted();
        form.sharedWith = new ArrayList<>(member.sharedWith());
        form.serving = choice(member.serving());
        form.publiclyNameable = choice(member.publiclyNameable());
        return form;
    }

    /** @param errors where what cannot be read is said, by field */
    Member member(String memberId, Map<String, String> errors) {
        BigDecimal income = null;
        String digits = annualIncome == null ? "" : annualIncome.replaceAll("[,\\s]", "");
        if (!digits.isEmpty()) {
            try {
                income = new BigDecimal(digits);
            } catch (NumberFormatException e) {
                errors.put("annualIncome", "'" + annualIncome + "' is not a number");
            }
        }
        Boolean south = yesNo("globalSouth", globalSouth, errors);
        Boolean servingNow = yesNo("serving", serving, errors);
        Boolean nameable = yesNo("publiclyNameable", publiclyNameable, errors);
        LocalDate joined = null;
        if (Choices.text(joinedOn) != null) {
            try {
                joined = Dates.parse(joinedOn.strip());
            } catch (IllegalArgumentException e) {
                errors.put("joinedOn", "'" + joinedOn + "' " + e.getMessage());
            }
        }
        String code = Choices.text(country);
        String currency = Choices.text(incomeCurrency);
        return new Member(memberId, Choices.text(name), kind, List.copyOf(roles), tier, List.copyOf(sectors),
                code == null ? null : code.toUpperCase(Locale.ROOT),
                south, income,
                feeWaiver ? Boolean.TRUE : null, reaches.stream().filter(r -> r != null && !r.isBlank()).toList(),
                Choices.text(owner), joined, currency == null ? null : currency.toUpperCase(Locale.ROOT), restricted,
                sharedWith.stream().filter(u -> u != null && !u.isBlank()).toList(), servingNow, nameable);
    }

    private static String choice(Boolean value) {
        return value == null ? FROM_THE_LIST : value.toString();
    }

    /** A yes, no or not-known choice: the empty choice leaves the field out. */
    private static Boolean yesNo(String field, String choice, Map<String, String> errors) {
        if (choice == null || FROM_THE_LIST.equals(choice)) {
            return null;
        }
        if (!List.of("true", "false").contains(choice)) {
            errors.put(field, "'" + choice + "' is not one of the choices");
            return null;
        }
        return Boolean.valueOf(choice);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }

    public List<Sector> getSectors() {
        return sectors;
    }

    public void setSectors(List<Sector> sectors) {
        this.sectors = sectors == null ? new ArrayList<>() : sectors;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getGlobalSouth() {
        return globalSouth;
    }

    public void setGlobalSouth(String globalSouth) {
        this.globalSouth = globalSouth;
    }

    public String getAnnualIncome() {
        return annualIncome;
    }

    public void setAnnualIncome(String annualIncome) {
        this.annualIncome = annualIncome;
    }

    public boolean isFeeWaiver() {
        return feeWaiver;
    }

    public void setFeeWaiver(boolean feeWaiver) {
        this.feeWaiver = feeWaiver;
    }

    public List<String> getReaches() {
        return reaches;
    }

    public void setReaches(List<String> reaches) {
        this.reaches = reaches == null ? new ArrayList<>() : reaches;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getIncomeCurrency() {
        return incomeCurrency;
    }

    public void setIncomeCurrency(String incomeCurrency) {
        this.incomeCurrency = incomeCurrency;
    }

    public String getServing() {
        return serving;
    }

    public void setServing(String serving) {
        this.serving = serving;
    }

    public String getPubliclyNameable() {
        return publiclyNameable;
    }

    public void setPubliclyNameable(String publiclyNameable) {
        this.publiclyNameable = publiclyNameable;
    }

    public String getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(String joinedOn) {
        this.joinedOn = joinedOn;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public void setRestricted(boolean restricted) {
        this.restricted = restricted;
    }

    public List<String> getSharedWith() {
        return sharedWith;
    }

    public void setSharedWith(List<String> sharedWith) {
        this.sharedWith = sharedWith;
    }
}
