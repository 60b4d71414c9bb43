package cn.ipoffice.programmes.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.rules.CategoryRanking.Placing;
import cn.ipoffice.programmes.rules.CategoryRanking.Score;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryRankingTest {

    private static Score score(String city, String score) {
        return new Score(city, new BigDecimal(score));
    }

    private static List<String> ranks(List<Placing> placings) {
        return placings.stream().map(p -> p.cityId() + ":" + p.rank() + "/" + p.ranked() + (p.last() ? " last" : ""))
                .toList();
    }

    @Test
    void pm9_theHigherScoreRanksBetter_theLowestAloneIsLast() {
        assertThat(ranks(CategoryRanking.rank(List.of(score("a", "70"), score("b", "90.5"), score("c", "80")))))
                .containsExactly("b:1/3", "c:2/3", "a:3/3 last");
    }

    @Test
    void i13_equalScoresShareTheBetterRank_theNextRankSkips_1_2_2_4() {
        assertThat(ranks(CategoryRanking.rank(List.of(score("a", "90"), score("b", "80"), score("c", "80.0"),
                score("d", "60")))))
                .containsExactly("a:1/4", "b:2/4", "c:2/4", "d:4/4 last");
    }

    @Test
    void i13_aTieAtTheBottom_makesNobodyLast() {
        assertThat(ranks(CategoryRanking.rank(List.of(score("a", "90"), score("b", "55"), score("c", "55")))))
                .containsExactly("a:1/3", "b:2/3", "c:2/3");
    }

    @Test
    void i13_aLowestScoreOneHundredthBelowTheNext_isLast() {
        assertThat(ranks(CategoryRanking.rank(List.of(score("a", "55.01"), score("b", "55")))))
                .containsExactly("a:1/2", "b:2/2 last");
    }

    @Test
    void i13_aCategoryOfOneCity_hasNoLast() {
        assertThat(ranks(CategoryRanking.rank(List.of(score("a", "10"))))).containsExactly("a:1/1");
    }

    @Test
    void i13_allScoresEqual_allShareRankOne_nobodyLast() {
        assertThat(ranks(CategoryRanking.rank(List.of(score("a", "75"), score("b", "75"), score("c", "75")))))
                .containsExactly("a:1/3", "b:1/3", "c:1/3");
    }

    @Test
    void pm9_scoresOf0And100_areTheBounds_belowOrAboveAreRefusedNamingTheScore() {
        assertThat(ranks(CategoryRanking.rank(List.of(score("a", "0"), score("b", "100")))))
                .containsExactly("b:1/2", "a:2/2 last");
        assertThatThrownBy(() -> score("a", "100.01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("score: a's score");
        assertThatThrownBy(() -> score("a", "-0.01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("score: a's score");
    }

    @Test
    void pm9_aCityScoredTwiceInItsCategory_isRefused() {
        assertThatThrownBy(() -> CategoryRanking.rank(List.of(score("a", "50"), score("a", "60"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pm9_noCities_noPlacings() {
        assertThat(CategoryRanking.rank(List.of())).isEmpty();
    }
}
