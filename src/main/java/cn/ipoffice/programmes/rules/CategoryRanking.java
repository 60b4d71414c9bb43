package cn.ipoffice.programmes.rules;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PM-9 and I-13: the ranks of the cities of one category (prefecture-level, county-level, urban district) in the
 * provincial office's yearly assessment, computed from their scores and never typed in. A higher score ranks better;
 * equal scores share the better rank and the ranks after them skip as many places (1, 2, 2, 4). "Last of its
 * category" (PM-32(c)) is the city with the lowest score when no other city of the category has a score as low: a
 * tie at the bottom makes nobody last, and so does a category of one city, which has no other city to be last among.
 */
public final class CategoryRanking {

    public static final String RULE = "PM-9";
    public static final String LAST_READING = "I-13";

    /** A city's score in the assessment, 0 to 100. */
    public record Score(String cityId, BigDecimal score) {
        public Score {
            Objects.requireNonNull(cityId, "cityId");
            Objects.requireNonNull(score, "score");
            if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("score: " + cityId + "'s score must lie between 0 and 100, not "
                        + score.toPlainString());
            }
        }
    }

    /** A city's place in its category: its rank of the number ranked, and whether it is last (I-13). */
    public record Placing(String cityId, BigDecimal score, int rank, int ranked, boolean last) {
    }

    private CategoryRanking() {
    }

    /** The placings of one category's cities, the best first; cities with equal scores in the order given. */
    public static List<Placing> rank(List<Score> scores) {
        Set<String> cities = scores.stream().map(Score::cityId).collect(Collectors.toSet());
        if (cities.size() != scores.size()) {
            throw new IllegalArgumentException("A city is scored once in its category: " + scores);
        }
        List<Score> ordered = scores.stream().sorted(Comparator.comparing(Score::score).reversed()).toList();
        Map<BigDecimal, Long> sameScore = ordered.stream()
                .collect(Collectors.groupingBy(s -> s.score().stripTrailingZeros(), Collectors.counting()));
        int ranked = ordered.size();
        BigDecimal lowest = ordered.isEmpty() ? null : ordered.get(ranked - 1).score();
        return ordered.stream().map(score -> {
            int rank = 1 + (int) ordered.stream().filter(other -> other.score().compareTo(score.score()) > 0).count();
            boolean last = ranked > 1 && score.score().compareTo(lowest) == 0
                    && sameScore.get(score.score().stripTrailingZeros()) == 1;
            return new Placing(score.cityId(), score.score(), rank, ranked, last);
        }).toList();
    }
}
