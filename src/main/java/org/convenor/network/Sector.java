package org.convenor.network;

/** A world a voice comes from; also the type of a coalition. */
public enum Sector {
    HUMAN_RIGHTS, HUMANITARIAN, PEACEBUILDING, MEDICAL, LEGAL, MILITARY, DIPLOMATIC, FAITH, BUSINESS,
    CREATIVE, ACADEMIC, AFFECTED_COMMUNITY, MEDIA;

    /** As a person writes it in a sentence: "affected community". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
