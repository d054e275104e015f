package org.convenor.introductions;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.network.Schemas;

/**
 * An introduction to make: the two members (in the order the rule names them), why, and the rule that suggested it.
 */
public record Introduction(
        @ArraySchema(minItems = 2, maxItems = 2, schema = @Schema(pattern = Schemas.ID)) List<String> members,
        @Schema(example = "Both work in human rights: a partner based in the Global South and an NGO in the North.")
        String reason,
        String rule) {
}
