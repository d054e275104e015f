package org.convenor.network.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tables share: lists kept as child rows (parent id, seq, value), amounts and times read back as written.
 */
final class Sql {

    private Sql() {
    }

    /** One child row per list element, {@code seq} keeping the list's order. */
    static <P> List<Object[]> childRows(List<P> parents, Function<P, String> id, Function<P, List<?>> list) {
        List<Object[]> rows = new ArrayList<>();
        for (P parent : parents) {
            List<?> values = list.apply(parent);
            for (int seq = 0; seq < values.size(); seq++) {
                rows.add(new Object[] {id.apply(parent), seq, text(values.get(seq))});
            }
        }
        return rows;
    }

    /** Child rows {@code (parent id, value)} in seq order, grouped by parent. */
    static <V> Map<String, List<V>> grouped(JdbcClient jdbc, String sql, Function<String, V> value) {
        return grouped(jdbc, sql, Map.of(), value);
    }

    static <V> Map<String, List<V>> grouped(JdbcClient jdbc, String sql, Map<String, ?> params,
            Function<String, V> value) {
        Map<String, List<V>> lists = new HashMap<>();
        jdbc.sql(sql).params(params).query((RowCallbackHandler) rs -> lists.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                .add(value.apply(rs.getString(2))));
        return lists;
    }

    /**
     * Now, as the timestamp columns keep it: in UTC, to the millisecond (as precise as a person's "when", and read
     * back from either database exactly as written).
     */
    static OffsetDateTime now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }

    static String text(Object value) {
        return value instanceof Enum<?> word ? word.name() : (String) value;
    }

    static <E extends Enum<E>> E word(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** The column keeps six decimals; the amount comes back as it was sent (30000000, not 30000000.000000). */
    static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
