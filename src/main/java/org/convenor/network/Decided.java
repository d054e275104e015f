package org.convenor.network;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * One decision a rule set made for the network, under the subject it is about ({@code {memberId, kind}} for
 * an alert, {@code {memberId}} for a fee assessment, {@code {campaignId, sector}} for a recommendation), so two
 * versions' answers can be compared decision by decision.
 *
 * @param pairBy what tells apart several decisions on one subject (the rule that raised an alert)
 * @param element the answer element, as the API shows it
 */
public record Decided(Map<String, String> subject, @Nullable String pairBy, JsonNode element) {

    /** A subject whose fields keep the order given: {@code subject("memberId", id, "kind", kind)}. */
    public static Map<String, String> subject(String... namesAndValues) {
        Map<String, String> subject = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            subject.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return subject;
    }
}
