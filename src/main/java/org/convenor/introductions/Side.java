package org.convenor.introductions;

import org.convenor.engine.Fact;

/** What a member brings to an introduction, as the rules decided it. */
public record Side(String memberId, IntroductionSide side) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
