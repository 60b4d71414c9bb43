package cn.ipoffice.programmes.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What happened to the holder's cases, in order, and the tasks still open when the simulation stopped. */
public final class Timeline {

    private final Scenario scenario;
    private final List<TimelineEntry> entries = new ArrayList<>();
    private final List<TimelineEntry> openAtEnd = new ArrayList<>();
    private Instant end;
    private String stoppedBecause;

    Timeline(Scenario scenario) {
        this.scenario = scenario;
    }

    void add(TimelineEntry entry) {
        entries.add(entry);
    }

    void finish(Instant at, List<TimelineEntry> stillOpen) {
        end = at;
        openAtEnd.addAll(stillOpen);
    }

    void stop(Instant at, List<TimelineEntry> stillOpen, String reason) {
        finish(at, stillOpen);
        stoppedBecause = reason;
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<TimelineEntry> entries() {
        return List.copyOf(entries);
    }

    public List<TimelineEntry> openAtEnd() {
        return List.copyOf(openAtEnd);
    }

    public Instant end() {
        return end;
    }

    /** Why the simulation stopped before the scenario's end, or null when it ran to the end. */
    public String stoppedBecause() {
        return stoppedBecause;
    }
}
