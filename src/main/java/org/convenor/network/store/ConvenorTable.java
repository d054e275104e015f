package org.convenor.network.store;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The convenor's income: one row, or none while it is not known. */
@Repository
class ConvenorTable {

    private final JdbcClient jdbc;

    ConvenorTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ConvenorIncome> get() {
        return jdbc.sql("SELECT annual_income, currency FROM convenor WHERE id = 1")
                .query((rs, n) -> new ConvenorIncome(Sql.amount(rs, "annual_income"), rs.getString("currency")))
                .optional();
    }

    void put(ConvenorIncome income) {
        delete();
        jdbc.sql("INSERT INTO convenor (id, annual_income, currency) VALUES (1, :income, :currency)")
                .param("income", income.annualIncome()).param("currency", income.currency(), java.sql.Types.VARCHAR)
                .update();
    }

    void delete() {
        jdbc.sql("DELETE FROM convenor").update();
    }
}
