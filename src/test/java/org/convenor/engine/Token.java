package org.convenor.engine;

/** A minimal fact for engine tests. */
public record Token(String id, int weight) implements Fact {

    @Override
    public String factId() {
        return id;
    }
}
