package cn.ipoffice.programmes.simulator;

import cn.ipoffice.programmes.register.HolderKind;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A what-if scenario: one holder or several (cities and areas of several provinces on one timeline) and
 * their dated steps, in China Standard Time, read from a YAML file by {@link ScenarioReader}. {@code until}
 * lets the clock run on after the last step (timers fire).
 */
public record Scenario(String title, List<Holder> holders, List<Step> steps, LocalDateTime until) {

    public Scenario {
        holders = List.copyOf(holders);
        steps = List.copyOf(steps);
    }

    /** The first holder: the only one of a scenario about one holder. */
    public Holder holder() {
        return holders.get(0);
    }

    /** Whether the scenario is about several holders: its timeline then names the holder of each line. */
    public boolean hasSeveralHolders() {
        return holders.size() > 1;
    }

    /** The city or cluster area the scenario is about. */
    public record Holder(String id, String name, HolderKind kind) {

        public boolean isClusterArea() {
            return id.contains("-");
        }
    }

    /**
     * One dated step of one holder: an event of the vocabulary (or a generic {@code task:} / {@code start:})
     * with the form values the scenario gives, already renamed from their aliases to form field keys.
     */
    public record Step(int number, int line, String label, EventType event, LocalDateTime at,
            Map<String, Object> values, Holder holder) {

        /** How an error message names the step: {@code step 3 (line 12) 'plan recorded on 2025-05-15'}. */
        public String where() {
            return "step " + number + " (line " + line + ") '" + label + "'";
        }
    }

    /** The moment the simulation stops: {@code until} or the last step. */
    public LocalDateTime end() {
        LocalDateTime last = steps.isEmpty() ? null : steps.get(steps.size() - 1).at();
        if (until == null) {
            return last;
        }
        return last == null || until.isAfter(last) ? until : last;
    }
}
