package org.convenor.fees;

import org.convenor.engine.Fact;

/** A decision the fee rules reached about one member, with the reason a person reads in the answer. */
public interface FeeStep extends Fact {

    String memberId();

    String reason();

    @Override
    default String factId() {
        return memberId();
    }
}
