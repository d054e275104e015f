package org.convenor.fees;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.convenor.network.Member;

public record FeeRequest(@NotNull @Valid Convenor convenor, @NotNull List<@NotNull @Valid Member> members) {
}
