package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.register.AssessmentCategory;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.rules.CategoryRanking;
import cn.ipoffice.programmes.rules.CategoryRanking.Placing;
import cn.ipoffice.programmes.rules.CategoryRanking.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * PM-9, I-13: the ranks of a round's cities, computed from their scores within their category (the register's kind
 * of each city), and the ranking in words as the province confirms it. A rank is never entered by hand.
 */
@Service("rankAssessmentRoundUseCase")
public class RankAssessmentRound {

    /** One city's entry in the round: its grade and score as the province entered them. */
    public record Entry(String cityId, Grade grade, BigDecimal score) {
    }

    /** One city's computed place. */
    public record RankedCity(String cityId, String name, AssessmentCategory category, Grade grade, BigDecimal score,
            int rank, int ranked, boolean last) {
    }

    /** The round's ranking: every city, category by category, the best first; and the same in words. */
    public record Ranking(List<RankedCity> cities, String text) {
    }

    private final Register register;

    public RankAssessmentRound(Register register) {
        this.register = register;
    }

    public Ranking rank(List<Entry> entries) {
        Map<String, Holder> holders = entries.stream().map(e -> register.holder(e.cityId()).orElseThrow(
                () -> new IllegalStateException("No holder " + e.cityId() + " in the register")))
                .collect(Collectors.toMap(Holder::getId, Function.identity()));
        Map<String, Entry> byCity = entries.stream().collect(Collectors.toMap(Entry::cityId, Function.identity()));
        Map<AssessmentCategory, List<Score>> byCategory = new EnumMap<>(AssessmentCategory.class);
        for (Entry entry : entries) {
            byCategory.computeIfAbsent(AssessmentCategory.of(holders.get(entry.cityId()).getKind()), c -> new ArrayList<>())
                    .add(new Score(entry.cityId(), entry.score()));
        }
        List<RankedCity> ranked = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        byCategory.forEach((category, scores) -> {
            List<Placing> placings = CategoryRanking.rank(scores);
            text.append(text.isEmpty() ? "" : "\n").append(label(category)).append(" (").append(placings.size())
                    .append(" ranked):\n");
            for (Placing p : placings) {
                Holder holder = holders.get(p.cityId());
                Grade grade = byCity.get(p.cityId()).grade();
                ranked.add(new RankedCity(p.cityId(), holder.getName(), category, grade, p.score(), p.rank(), p.ranked(),
                        p.last()));
                text.append(p.rank()).append(" of ").append(p.ranked()).append(": ").append(holder.getName())
                        .append(" (").append(p.cityId()).append("), score ").append(p.score().stripTrailingZeros()
                                .toPlainString()).append(", ").append(grade.name().toLowerCase(Locale.ROOT))
                        .append(p.last() ? ", last of its category (" + CategoryRanking.LAST_READING + ")" : "")
                        .append("\n");
            }
        });
        return new Ranking(ranked, text.toString().strip());
    }

    private static String label(AssessmentCategory category) {
        return switch (category) {
            case PREFECTURE_LEVEL -> "Prefecture-level cities";
            case COUNTY_LEVEL -> "County-level cities";
            case URBAN_DISTRICT -> "Urban districts";
        };
    }
}
