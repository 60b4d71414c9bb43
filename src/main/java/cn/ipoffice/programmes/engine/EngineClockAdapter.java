package cn.ipoffice.programmes.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock as a {@link Clock}: the product's code and the register ask the {@code Clock} bean for
 * the time, and this adapter answers with the engine's, which fires timers and stamps history. So when the
 * engine clock is moved (tests with {@code EngineClock.setTo}, the simulator with {@link #moveEngineTo}), the
 * register's dates, today's date in a rule and the overdue messages move with it. The product reads and moves
 * the engine clock through this class rather than through {@code ClockUtil}, which is the engine's internal
 * and has no public counterpart.
 */
public final class EngineClockAdapter extends Clock {

    private final ZoneId zone;

    public EngineClockAdapter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return engineNow();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new EngineClockAdapter(other);
    }

    /** The engine clock's instant, for code that is not given the {@code Clock} bean (statics, webapp plugins). */
    public static Instant engineNow() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Stops the engine clock at an instant, as the simulator does at each step and due job. */
    public static void moveEngineTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** The engine clock follows the system's again. */
    public static void resetEngine() {
        ClockUtil.reset();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EngineClockAdapter clock && clock.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode();
    }

    @Override
    public String toString() {
        return "EngineClockAdapter[" + zone + "]";
    }
}
