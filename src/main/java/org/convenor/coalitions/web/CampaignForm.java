package org.convenor.coalitions.web;

import java.util.ArrayList;
import java.util.List;

import org.convenor.console.Choices;
import org.convenor.network.Campaign;
import org.convenor.network.Sector;
import org.convenor.network.Target;
import org.convenor.network.TargetKind;
import org.convenor.network.Theme;

/**
 * A campaign as its form holds it: blank text is no value, and target rows left empty (or marked to remove)
 * are no targets. Mutable, as Spring's form binding wants it.
 */
public class CampaignForm {

    private String id;
    private String name;
    private String conflict;
    private List<Theme> themes = new ArrayList<>();
    private List<TargetRow> targets = new ArrayList<>();

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
        form.conflict = campaign.conflict();
        form.themes = new ArrayList<>(campaign.themes());
        campaign.targets().forEach(target -> form.targets.add(TargetRow.of(target)));
        return form;
    }

    /** Empty rows to fill in, so there is always room for one more target without a script. */
    CampaignForm withEmptyRows(int count) {
        for (int i = 0; i < count; i++) {
            targets.add(new TargetRow());
        }
        return this;
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

    Campaign campaign(String campaignId) {
        return new Campaign(campaignId, Choices.text(name), Choices.text(conflict), List.copyOf(themes),
                usedRows().stream().map(i -> targets.get(i).target()).toList());
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

    public String getConflict() {
        return conflict;
    }

    public void setConflict(String conflict) {
        this.conflict = conflict;
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
