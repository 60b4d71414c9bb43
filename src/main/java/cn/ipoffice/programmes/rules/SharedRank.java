package cn.ipoffice.programmes.rules;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * I-13: a place in a ranking computed from scores, 1 for the highest; equal scores share the better rank
 * (scores 90, 85, 85, 80 rank 1, 2, 2, 4).
 */
public record SharedRank(int rank, int ranked) {

    /** The place of {@code mine} among {@code all}, which holds {@code mine} too. */
    public static SharedRank of(BigDecimal mine, Collection<BigDecimal> all) {
        int higher = (int) all.stream().filter(value -> value.compareTo(mine) > 0).count();
        return new SharedRank(higher + 1, all.size());
    }
}
