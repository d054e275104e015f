package org.convenor.engine;

/** A fact that can be named in an explanation: the id a reader would recognise (a member id, say). */
public interface Fact {

    String factId();
}
