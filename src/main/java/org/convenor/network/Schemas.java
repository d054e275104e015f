package org.convenor.network;

/** Constraints the request checks apply, as the API description states them. */
public final class Schemas {

    /** Every id and every reference to one (the checks' {@code Ids}). */
    public static final String ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$";
    /** The shape of a country code; the checks also refuse a code that is not on the list. */
    public static final String COUNTRY = "^[A-Z]{2}$";
    public static final String CURRENCY = "^[A-Z]{3}$";
    public static final String NO_AMOUNT = "0";
    /** The largest amount the checks accept, 10^15. */
    public static final String MAX_AMOUNT = "1000000000000000";
    public static final String AMOUNT = "An amount in the convenor's currency, at most 6 decimal places";

    private Schemas() {
    }
}
