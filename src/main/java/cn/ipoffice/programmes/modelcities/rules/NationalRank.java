package cn.ipoffice.programmes.modelcities.rules;

import java.math.BigDecimal;
import java.util.List;

/** A city's place among all pilot cities by one of SIPO's figures: 1 for the highest; ties share a rank. */
public record NationalRank(int rank, int ranked) {

    public static NationalRank of(BigDecimal mine, List<BigDecimal> all) {
        int higher = (int) all.stream().filter(value -> value.compareTo(mine) > 0).count();
        return new NationalRank(higher + 1, all.size());
    }
}
