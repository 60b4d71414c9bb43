package cn.ipoffice.programmes.simulator;

/**
 * A scenario that cannot be run as written: bad YAML, an unknown event, a bad date, or a step that does
 * not fit the case's state. The message says what is wrong and where; no stack trace is shown for it.
 */
public class ScenarioException extends RuntimeException {

    public ScenarioException(String message) {
        super(message);
    }
}
