package org.convenor.scenario;

/** A scenario file that cannot be read as a scenario. */
public class ScenarioFormatException extends RuntimeException {

    public ScenarioFormatException(String location, String problem) {
        super(location + ": " + problem);
    }
}
