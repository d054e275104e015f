package org.convenor.network.store;

import static java.sql.Types.DATE;
import static java.sql.Types.INTEGER;
import static java.sql.Types.VARCHAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convenor.network.Campaign;
import org.convenor.network.CampaignStatus;
import org.convenor.network.Moment;
import org.convenor.network.Sector;
import org.convenor.network.Target;
import org.convenor.network.TargetKind;
import org.convenor.network.Theme;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns with their themes, targets and moments; replaced whole by deleting and inserting again. */
@Repository
class CampaignTable {

    private static final int[] CHILD = {VARCHAR, INTEGER, VARCHAR};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CampaignTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Which stored campaign each target id belongs to: target ids are unique across campaigns. */
    Map<String, String> targetOwners() {
        Map<String, String> owners = new HashMap<>();
        jdbc.sql("SELECT id, campaign_id FROM target")
                .query((RowCallbackHandler) rs -> owners.put(rs.getString(1), rs.getString(2)));
        return owners;
    }

    Set<String> ids() {
        return new HashSet<>(jdbc.sql("SELECT id FROM campaign").query(String.class).list());
    }

    void insert(List<Campaign> campaigns) {
        batch.batchUpdate("INSERT INTO campaign (id, name, conflict, starts_on, ends_on, status, outcome, lessons)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", campaigns.stream().map(c -> new Object[] {c.id(), c.name(),
                    c.conflict(), c.startsOn(), c.endsOn(), c.status().name(), c.outcome(), c.lessons()}).toList(),
                new int[] {VARCHAR, VARCHAR, VARCHAR, DATE, DATE, VARCHAR, VARCHAR, VARCHAR});
        List<Object[]> moments = new ArrayList<>();
        for (Campaign campaign : campaigns) {
            for (int seq = 0; seq < campaign.moments().size(); seq++) {
                Moment moment = campaign.moments().get(seq);
                moments.add(new Object[] {campaign.id(), seq, moment.on(), moment.what()});
            }
        }
        batch.batchUpdate("INSERT INTO campaign_moment (campaign_id, seq, moment_on, what) VALUES (?, ?, ?, ?)",
                moments, new int[] {VARCHAR, INTEGER, DATE, VARCHAR});
        batch.batchUpdate("INSERT INTO campaign_theme (campaign_id, seq, theme) VALUES (?, ?, ?)",
                Sql.childRows(campaigns, Campaign::id, Campaign::themes), CHILD);
        List<Object[]> targets = new ArrayList<>();
        List<Target> all = new ArrayList<>();
        for (Campaign campaign : campaigns) {
            for (int seq = 0; seq < campaign.targets().size(); seq++) {
                Target t = campaign.targets().get(seq);
                targets.add(new Object[] {t.id(), campaign.id(), seq, t.name(), t.kind().name()});
                all.add(t);
            }
        }
        batch.batchUpdate("INSERT INTO target (id, campaign_id, seq, name, kind) VALUES (?, ?, ?, ?, ?)", targets,
                new int[] {VARCHAR, VARCHAR, INTEGER, VARCHAR, VARCHAR});
        batch.batchUpdate("INSERT INTO target_listens_to (target_id, seq, sector) VALUES (?, ?, ?)",
                Sql.childRows(all, Target::id, Target::listensTo), CHILD);
    }

    /** Its themes and targets go with it. */
    boolean delete(String id) {
        return jdbc.sql("DELETE FROM campaign WHERE id = :id").param("id", id).update() > 0;
    }

    void delete(List<String> ids) {
        batch.batchUpdate("DELETE FROM campaign WHERE id = ?", ids.stream().map(id -> new Object[] {id}).toList(),
                new int[] {VARCHAR});
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM campaign").update();
    }

    /** Every campaign, by id, its targets in the order given. */
    List<Campaign> all() {
        Map<String, List<Theme>> themes = Sql.grouped(jdbc,
                "SELECT campaign_id, theme FROM campaign_theme ORDER BY campaign_id, seq", Theme::valueOf);
        Map<String, List<Sector>> listensTo = Sql.grouped(jdbc,
                "SELECT target_id, sector FROM target_listens_to ORDER BY target_id, seq", Sector::valueOf);
        Map<String, List<Target>> targets = new HashMap<>();
        jdbc.sql("SELECT id, campaign_id, name, kind FROM target ORDER BY campaign_id, seq")
                .query((RowCallbackHandler) rs -> targets.computeIfAbsent(rs.getString(2), id -> new ArrayList<>())
                        .add(new Target(rs.getString(1), rs.getString(3), Sql.word(rs, "kind", TargetKind.class),
                                listensTo.get(rs.getString(1)))));
        Map<String, List<Moment>> moments = new HashMap<>();
        jdbc.sql("SELECT campaign_id, moment_on, what FROM campaign_moment ORDER BY campaign_id, seq")
                .query((RowCallbackHandler) rs -> moments.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new Moment(rs.getObject(2, LocalDate.class), rs.getString(3))));
        List<Campaign> campaigns = new ArrayList<>(jdbc.sql("SELECT id, name, conflict, starts_on, ends_on, status,"
                + " outcome, lessons FROM campaign")
                .query((rs, n) -> new Campaign(rs.getString(1), rs.getString(2), rs.getString(3),
                        themes.get(rs.getString(1)), targets.get(rs.getString(1)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        Sql.word(rs, "status", CampaignStatus.class), moments.get(rs.getString(1)),
                        rs.getString(7), rs.getString(8)))
                .list());
        campaigns.sort(Comparator.comparing(Campaign::id));
        return campaigns;
    }
}
