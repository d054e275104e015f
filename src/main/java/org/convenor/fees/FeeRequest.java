package org.convenor.fees;

import java.util.List;

import org.convenor.network.Member;
import org.jspecify.annotations.Nullable;

/** @param convenor the convenor's income, if known; without it the fee book is totalled but not measured */
public record FeeRequest(@Nullable Convenor convenor, List<Member> members) {

    public FeeRequest {
        convenor = convenor == null ? Convenor.UNKNOWN : convenor;
    }
}
