package cn.ipoffice.programmes.modelcities.rules;

import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.rules.SharedRank;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * PM-19(ii): the provincial office orders its eligible candidates of a year by the weighted total of the indicator
 * system (Appendix 2), equal totals sharing the better rank (I-13), and recommends the best: a candidate may be
 * recommended only when every better-ranked eligible candidate of the same province and year has been recommended.
 * A better-ranked candidate still waiting for the office's decision, or one the office decided not to recommend,
 * stands in the way. A candidate scored later enters the order when it is scored: it does not undo a recommendation
 * already made, and the candidates below it wait for it.
 */
public final class CandidateRanking {

    public static final String RULE = "PM-19(ii)";

    /** Where the provincial office stands on a candidate. */
    public enum Status {
        OPEN, RECOMMENDED, NOT_RECOMMENDED
    }

    /** An eligible candidate with the province's scores. */
    public record Candidate(String code, String name, BigDecimal objectiveStrength, BigDecimal weightedTotal,
            Status status) {
    }

    /** A candidate's rank among the eligible candidates of its province and year. */
    public record Place(Candidate candidate, int rank, int ranked) {
    }

    private CandidateRanking() {
    }

    /** The eligible candidates, best first, each with its rank (I-13); equal ranks in the order of their codes. */
    public static List<Place> rank(List<Candidate> eligible) {
        List<BigDecimal> totals = eligible.stream().map(Candidate::weightedTotal).toList();
        return eligible.stream()
                .map(c -> {
                    SharedRank place = SharedRank.of(c.weightedTotal(), totals);
                    return new Place(c, place.rank(), place.ranked());
                })
                .sorted(Comparator.comparingInt(Place::rank).thenComparing(p -> p.candidate().code()))
                .toList();
    }

    /** The ranking as the provincial office reads it on its recommendation task. */
    public static String text(int year, List<Candidate> eligible) {
        StringBuilder text = new StringBuilder("PM-19(ii): eligible candidates of the province in " + year
                + ", ranked by the weighted total the provincial office gave (I-13: equal totals share a rank)");
        for (Place place : rank(eligible)) {
            Candidate c = place.candidate();
            text.append('\n').append(place.rank()).append(". ").append(c.name()).append(" (").append(c.code())
                    .append("): weighted total ").append(IndicatorScores.plain(c.weightedTotal())).append(", objective strength ")
                    .append(IndicatorScores.plain(c.objectiveStrength())).append(switch (c.status()) {
                        case OPEN -> ", waiting for the recommendation";
                        case RECOMMENDED -> ", recommended";
                        case NOT_RECOMMENDED -> ", not recommended";
                    });
        }
        return text.toString();
    }

    /** Whether {@code code} may be recommended: refused, naming them, while better-ranked candidates are not recommended. */
    public static Decision recommend(String code, List<Candidate> eligible) {
        List<Place> ranking = rank(eligible);
        Place mine = ranking.stream().filter(p -> p.candidate().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code + " is not an eligible candidate"));
        List<String> before = ranking.stream()
                .filter(p -> p.rank() < mine.rank() && p.candidate().status() != Status.RECOMMENDED)
                .map(p -> p.candidate().name() + " (" + p.candidate().code() + "), rank " + p.rank() + " with weighted total "
                        + IndicatorScores.plain(p.candidate().weightedTotal()) + ", "
                        + (p.candidate().status() == Status.OPEN ? "not yet decided" : "not recommended"))
                .toList();
        if (!before.isEmpty()) {
            return Decision.refuse(RULE, RULE + ": the province recommends its best candidates first; "
                    + mine.candidate().name() + " (" + mine.candidate().code() + ") ranks " + mine.rank() + " of "
                    + mine.ranked() + ", below " + String.join("; ", before));
        }
        return Decision.allow(RULE, RULE + ": " + mine.candidate().name() + " ranks " + mine.rank() + " of " + mine.ranked()
                + " and every better-ranked candidate is recommended");
    }
}
