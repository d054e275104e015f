package org.convenor.coalitions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.convenor.console.Choices;
import org.convenor.network.Campaign;
import org.convenor.network.CampaignStatus;
import org.convenor.network.Moment;
import org.convenor.network.Sector;
import org.convenor.network.Target;
import org.convenor.network.TargetKind;
import org.convenor.network.Theme;
import org.convenor.validation.Dates;

/**
 * A campaign as its form holds it: blank text is no value, dates as typed, and target and moment rows left empty
 * (or marked to remove) are none. The conflict, the outcome and the lessons are not on this form: they are kept
 * as stored ({@link #keeping}); a campaign is closed, with its outcome and lessons, on its own form. Mutable, as
 * Spring's form binding wants it.
 */
public class CampaignForm {

    private String id;
    private String name;
    private List<Theme> themes = new ArrayList<>();
    private List<TargetRow> targets = new ArrayList<>();
    private String startsOn;
    private String endsOn;
    private CampaignStatus status = CampaignStatus.ACTIVE;
    private List<MomentRow> moments = new ArrayList<>();
    private Campaign stored;

    /** One moment's row in the form. */
    public static class MomentRow {

        private String on;
        private String what;
        private boolean remove;

        static MomentRow of(Moment moment) {
            MomentRow row = new MomentRow();
            row.on = moment.on().toString();
            row.what = moment.what();
            return row;
        }

        public boolean isBlank() {
            return Choices.text(on) == null && Choices.text(what) == null;
        }

        public String getOn() {
            return on;
        }

        public void setOn(String on) {
            this.on = on;
        }

        public String getWhat() {
            return what;
        }

        public void setWhat(String what) {
            this.what = what;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    /** One target's row in the form. */
    public static class TargetRow {

        private String id;
        private String name;
        private TargetKind kind;
        private List<Sector> listensTo = new ArrayList<>();
        private boolean remove;

        static TargetRow of(Target target) {
            TargetRow row = new TargetRow();
            row.id = target.id();
            row.name = target.name();
            row.kind = target.kind();
            row.listensTo = new ArrayList<>(target.listensTo());
            return row;
        }

        public boolean isBlank() {
            return Choices.text(id) == null && Choices.text(name) == null && kind == null && listensTo.isEmpty();
        }

        Target target() {
            return new Target(Choices.text(id), Choices.text(name), kind, List.copyOf(listensTo));
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

        public TargetKind getKind() {
            return kind;
        }

        public void setKind(TargetKind kind) {
            this.kind = kind;
        }

        public List<Sector> getListensTo() {
            return listensTo;
        }

        public void setListensTo(List<Sector> listensTo) {
            this.listensTo = listensTo == null ? new ArrayList<>() : listensTo;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    static CampaignForm of(Campaign campaign) {
        CampaignForm form = new CampaignForm();
        form.id = campaign.id();
        form.name = campaign.name();
        form.themes = new ArrayList<>(campaign.themes());
        campaign.targets().forEach(target -> form.targets.add(TargetRow.of(target)));
        form.startsOn = campaign.startsOn() == null ? null : campaign.startsOn().toString();
        form.endsOn = campaign.endsOn() == null ? null : campaign.endsOn().toString();
        form.status = campaign.status();
        campaign.moments().forEach(moment -> form.moments.add(MomentRow.of(moment)));
        return form.keeping(campaign);
    }

    /** What this form does not show is saved as stored: the conflict, the outcome, the lessons. */
    CampaignForm keeping(Campaign campaign) {
        stored = campaign;
        return this;
    }

    /** Empty rows to fill in, so there is always room for one more target without a script. */
    CampaignForm withEmptyRows(int count) {
        for (int i = 0; i < count; i++) {
            targets.add(new TargetRow());
        }
        return this;
    }

    /** Empty moment rows, the same way. */
    CampaignForm withEmptyMoments(int count) {
        for (int i = 0; i < count; i++) {
            moments.add(new MomentRow());
        }
        return this;
    }

    /** The moment rows that become moments, by their place in the form. */
    List<Integer> usedMoments() {
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            if (!moments.get(i).remove && !moments.get(i).isBlank()) {
                used.add(i);
            }
        }
        return used;
    }

    /** The rows that become targets, by their place in the form (rows left empty or marked to remove are not). */
    List<Integer> usedRows() {
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (!targets.get(i).remove && !targets.get(i).isBlank()) {
                used.add(i);
            }
        }
        return used;
    }

    /** @param errors where a date that cannot be read is said, by field (a moment's by its row in the form) */
    Campaign campaign(String campaignId, Map<String, String> errors) {
        List<Moment> read = new ArrayList<>();
        for (int i : usedMoments()) {
            MomentRow row = moments.get(i);
            read.add(new Moment(date("moments[" + i + "].on", row.on, errors), Choices.text(row.what)));
        }
        return new Campaign(campaignId, Choices.text(name), stored == null ? null : stored.conflict(),
                List.copyOf(themes), usedRows().stream().map(i -> targets.get(i).target()).toList(),
                date("startsOn", startsOn, errors), date("endsOn", endsOn, errors), status, read,
                stored == null ? null : stored.outcome(), stored == null ? null : stored.lessons());
    }

    private static LocalDate date(String field, String text, Map<String, String> errors) {
        if (Choices.text(text) == null) {
            return null;
        }
        try {
            return Dates.parse(text.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "'" + text + "' " + e.getMessage());
            return null;
        }
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

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public void setStatus(CampaignStatus status) {
        this.status = status == null ? CampaignStatus.ACTIVE : status;
    }

    public List<MomentRow> getMoments() {
        return moments;
    }

    public void setMoments(List<MomentRow> moments) {
        this.moments = moments == null ? new ArrayList<>() : moments;
    }

    public List<Theme> getThemes() {
        return themes;
    }

    public void setThemes(List<Theme> themes) {
        this.themes = themes == null ? new ArrayList<>() : themes;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public void setTargets(List<TargetRow> targets) {
        this.targets = targets == null ? new ArrayList<>() : targets;
    }
}
