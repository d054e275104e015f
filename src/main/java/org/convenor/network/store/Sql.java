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
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tables share: lists kept as child rows (parent id, seq, value), amounts and times read back as written.
 */
final class Sql {

    static final int BATCH = 10_000;

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

    /**
     * Rows of a bulk write, one JDBC batch per {@value #BATCH}: each is one round trip (one multi-row insert on
     * PostgreSQL with reWriteBatchedInserts), and a million rows are never all built as parameters at once.
     *
     * @param written told how many rows are written so far, after each batch
     */
    static <T> void inBatches(JdbcTemplate batch, String sql, List<T> records, Function<T, Object[]> row, int[] types,
            IntConsumer written) {
        for (int from = 0; from < records.size(); from += BATCH) {
            List<T> part = records.subList(from, Math.min(records.size(), from + BATCH));
            List<Object[]> rows = new ArrayList<>(part.size());
            part.forEach(record -> rows.add(row.apply(record)));
            batch.batchUpdate(sql, rows, types);
            written.accept(from + part.size());
        }
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
