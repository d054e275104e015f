package org.convenor.bench.plain;

import java.util.Set;

import org.convenor.network.NetworkChecks;
import org.convenor.relationships.RelationshipRequest;
import org.convenor.system.Problems;

/** The same request checks the services run, so the comparison is logic against logic. */
final class Checks {

    private Checks() {
    }

    static void relationships(RelationshipRequest request) {
        Problems problems = new Problems();
        NetworkChecks.members(problems, request.members());
        Set<String> ids = NetworkChecks.ids(request.members());
        NetworkChecks.interactions(problems, request.interactions(), ids);
        NetworkChecks.coalitions(problems, request.coalitions(), ids);
        problems.throwIfAny();
    }
}
