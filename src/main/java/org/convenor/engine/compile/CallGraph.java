package org.convenor.engine.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls among a rule set's own methods (its functions, its rules' actions and conditions), to find recursion:
 * a method that can come back to itself could call itself without end, and no bound on firings stops that.
 * A method is named {@code owner.name(descriptor)}, as in the class files.
 */
final class CallGraph {

    /** A call that closes a cycle: made by {@code caller}, at that line of its class, back to {@code callee}. */
    record Cycle(String caller, String callee, int javaLine) {

        String callerClass() {
            return caller.substring(0, caller.indexOf('.'));
        }

        String calleeName() {
            return callee.substring(callee.indexOf('.') + 1, callee.indexOf('('));
        }
    }

    /** For each method, the methods it calls and the line of its first call to each. */
    private final Map<String, Map<String, Integer>> calls = new LinkedHashMap<>();

    void method(String method) {
        calls.putIfAbsent(method, new LinkedHashMap<>());
    }

    void call(String caller, String callee, int javaLine) {
        calls.computeIfAbsent(caller, c -> new LinkedHashMap<>()).putIfAbsent(callee, javaLine);
    }

    List<Cycle> cycles() {
        List<Cycle> cycles = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String method : calls.keySet()) {
            visit(method, new ArrayList<>(), done, cycles);
        }
        return cycles;
    }

    /** Depth first: a callee already on the path closes a cycle; a method done once has shown all its cycles. */
    private void visit(String method, List<String> path, Set<String> done, List<Cycle> cycles) {
        if (path.contains(method)) {
            String caller = path.get(path.size() - 1);
            cycles.add(new Cycle(caller, method, calls.get(caller).get(method)));
            return;
        }
        if (!done.add(method)) {
            return;
        }
        path.add(method);
        for (String callee : calls.getOrDefault(method, Map.of()).keySet()) {
            visit(callee, path, done, cycles);
        }
        path.remove(path.size() - 1);
    }
}
