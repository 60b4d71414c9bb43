package cn.ipoffice.programmes.modelcities.rules;

import cn.ipoffice.programmes.rules.SharedRank;
import java.math.BigDecimal;
import java.util.List;

/** A city's place among all pilot cities by one of SIPO's figures: 1 for the highest; ties share a rank (I-13). */
public record NationalRank(int rank, int ranked) {

    public static NationalRank of(BigDecimal mine, List<BigDecimal> all) {
        SharedRank shared = SharedRank.of(mine, all);
        return new NationalRank(shared.rank(), shared.ranked());
    }
}
