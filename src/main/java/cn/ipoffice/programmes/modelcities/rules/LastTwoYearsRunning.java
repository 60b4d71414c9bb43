package cn.ipoffice.programmes.modelcities.rules;

import java.util.List;
import java.util.Optional;

/** PM-32(c): last of its category in the annual performance assessment two years running. */
public final class LastTwoYearsRunning {

    /** The rule a finding of two years running is recorded under. */
    public static final String RULE = "PM-32(c)";

    /** One year's assessment: the rank and the number of cities ranked in the category. */
    public record Placing(int year, int rank, int ranked) {
        boolean last() {
            return rank == ranked && ranked > 1;
        }
    }

    /** The two consecutive years last of its category, and the finding that says so. */
    public record Finding(int firstYear, int secondYear, String text) {
    }

    private LastTwoYearsRunning() {
    }

    /** The finding to put to SIPO, if the two latest consecutive years were both last. */
    public static Optional<String> detect(List<Placing> placings) {
        return latestPair(placings).map(Finding::text);
    }

    /** The latest two consecutive years both last, with the finding to put to SIPO. */
    public static Optional<Finding> latestPair(List<Placing> placings) {
        return placings.stream()
                .filter(Placing::last)
                .filter(p -> placings.stream().anyMatch(q -> q.year() == p.year() - 1 && q.last()))
                .max((a, b) -> Integer.compare(a.year(), b.year()))
                .map(p -> new Finding(p.year() - 1, p.year(), "PM-32(c): last of its category in " + (p.year() - 1)
                        + " (" + rankOf(placings, p.year() - 1) + ") and in " + p.year() + " (" + p.rank() + " of "
                        + p.ranked() + ")"));
    }

    private static String rankOf(List<Placing> placings, int year) {
        return placings.stream().filter(p -> p.year() == year).findFirst().map(p -> p.rank() + " of " + p.ranked()).orElse("");
    }
}
