package org.convenor.fees;

import java.util.List;

import org.convenor.network.Member;

public record FeeRequest(Convenor convenor, List<Member> members) {
}
