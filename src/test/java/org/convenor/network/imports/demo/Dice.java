package org.convenor.network.imports.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The one source of chance, with a fixed seed, so the same code always writes the same files. Every part of the
 * network draws from this one sequence in a fixed order: drawing anywhere else, or in another order, changes
 * every file.
 */
final class Dice {

    static final long SEED = 20_261_125L;

    private final Random random = new Random(SEED);

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }

    double nextDouble() {
        return random.nextDouble();
    }

    void shuffle(List<?> list) {
        Collections.shuffle(list, random);
    }

    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    <T> T pick(Map<T, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<T, Integer> entry : weights.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException();
    }

    /** Choices and their weights, in the order given: {@link #pick} walks them in that order. */
    @SuppressWarnings("unchecked")
    static <T> Map<T, Integer> weights(Object... pairs) {
        Map<T, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((T) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
