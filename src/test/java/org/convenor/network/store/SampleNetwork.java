package org.convenor.network.store;

/** A small network in the shape {@code PUT /api/network} takes: three members, two interactions, a coalition, a campaign. */
public final class SampleNetwork {

    public static final String JSON = """
            {"convenor": {"annualIncome": 4000000, "currency": "GBP"},
             "members": [
               {"id": "geneva-ngo", "name": "Geneva Rights, Inc.", "kind": "ORGANISATION", "roles": ["PARTNER"],
                "sectors": ["HUMAN_RIGHTS"], "country": "CH", "annualIncome": 30000000.50, "reaches": ["p5"]},
               {"id": "amira", "name": "Amira Haddad", "kind": "PERSON", "roles": ["JOURNALIST", "ALLY"], "tier": "KEY",
                "sectors": ["MEDIA"], "country": "LB", "globalSouth": true, "feeWaiver": false},
               {"id": "elders", "name": "The Élders", "kind": "ORGANISATION", "roles": ["PARTNER"],
                "sectors": ["DIPLOMATIC"], "reaches": ["p5", "somewhere-else"]}],
             "interactions": [
               {"memberId": "amira", "date": "2026-05-01", "kind": "CALL", "note": "first call"},
               {"id": 999, "memberId": "geneva-ngo", "date": "2026-10-01", "kind": "MEETING"}],
             "coalitions": [
               {"id": "k1", "campaignId": "hospitals", "sectors": ["MEDICAL"], "formedOn": "2026-06-01",
                "invited": ["amira", "elders"],
                "responses": [{"memberId": "amira", "response": "DECLINED", "reason": "DISAGREES_WITH_APPROACH",
                               "date": "2026-06-03"}]}],
             "campaigns": [
               {"id": "hospitals", "name": "Stop the bombing of hospitals", "conflict": "Yemen", "themes": ["ATTACKS_ON_HEALTHCARE"],
                "targets": [{"id": "p5", "name": "A permanent member", "kind": "UN_SECURITY_COUNCIL",
                             "listensTo": ["DIPLOMATIC"]}],
                "startsOn": "2026-01-01", "endsOn": "2027-06-30", "status": "PAUSED",
                "moments": [{"on": "2027-02-18", "what": "Security Council vote"}], "outcome": null, "lessons": null}]}""";

    private SampleNetwork() {
    }
}
