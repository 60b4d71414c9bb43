package cn.ipoffice.programmes.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * SIPO's yearly figures (PM-5(v), PM-18(iv), (vi)) recorded as SIPO records them: over the register's HTTP API,
 * {@code PUT /api/register/figures/{year}}, as a member of {@code sipo}.
 */
public final class SipoFigures {

    public static final String SIPO_USER = "figures-sipo";
    /** An enforcement evaluation score every applicant of a test shares, so that each ranks 1 in its province. */
    public static final BigDecimal SHARED_SCORE = new BigDecimal("90");
    private static final BigDecimal BELOW = new BigDecimal("60");
    private static final BigDecimal PLEDGE_FINANCING = new BigDecimal("100000");

    private SipoFigures() {
    }

    /** The enforcement evaluation score of each city for {@code year}, recorded in one upload. */
    public static void record(int year, Map<String, BigDecimal> enforcementScores) {
        put(year, enforcementScores.entrySet().stream()
                .map(e -> row(e.getKey(), e.getValue(), PLEDGE_FINANCING))
                .collect(Collectors.joining(",", "[", "]")));
    }

    /** One city's enforcement evaluation score and pledge financing amount (10,000 yuan) for {@code year}. */
    public static void record(int year, String city, String enforcementScore, String pledgeFinancing) {
        put(year, "[" + row(city, new BigDecimal(enforcementScore), new BigDecimal(pledgeFinancing)) + "]");
    }

    private static String row(String city, BigDecimal enforcementScore, BigDecimal pledgeFinancing) {
        return "{\"holderId\":\"" + city + "\",\"enforcementScore\":" + enforcementScore.toPlainString()
                + ",\"pledgeFinancing\":" + pledgeFinancing.toPlainString() + "}";
    }

    private static void put(int year, String rows) {
        HttpResponse<String> recorded = Http.member(SIPO_USER, "sipo").putJson("/api/register/figures/" + year, rows);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    }

    /**
     * The cities' figures of the year before today by the engine clock in China Standard Time, the year PM-5(v) reads
     * for an application filed today: all with {@link #SHARED_SCORE}, and for each province one more city below them
     * (its code ends in 9900), so that each ranks 1 of at least 2 in its province. A city alone in SIPO's figures of its
     * province would rank 1 of 1, outside the top 50% (I-7).
     */
    public static void ofThePreviousYear(String... cities) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String city : cities) {
            scores.put(city, SHARED_SCORE);
            scores.putIfAbsent(city.substring(0, 2) + "9900", BELOW);
        }
        record(previousYear(), scores);
    }

    /** The year before today by the engine clock, in China Standard Time. */
    public static int previousYear() {
        return DeadlineCalendar.dayOf(ClockUtil.getCurrentTime().toInstant()).getYear() - 1;
    }
}
