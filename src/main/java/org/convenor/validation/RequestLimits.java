package org.convenor.validation;

import java.util.Collection;

import org.springframework.stereotype.Component;

/** Checks how many members and interactions a request holds, before anything else is done with it. */
@Component
public class RequestLimits {

    private final LimitsProperties limits;

    public RequestLimits(LimitsProperties limits) {
        this.limits = limits;
    }

    public void members(Collection<?> members) {
        check("members", members, limits.maxMembers(), "convenor.limits.max-members");
    }

    public void interactions(Collection<?> interactions) {
        check("interactions", interactions, limits.maxInteractions(), "convenor.limits.max-interactions");
    }

    private static void check(String field, Collection<?> values, int max, String property) {
        if (values != null && values.size() > max) {
            throw new LimitExceededException(new FieldProblem(field,
                    values.size() + " is more than the limit of " + max + " (" + property + ")"));
        }
    }
}
