package cn.ipoffice.programmes.rules;

/** I-7: a rank is in the top share when rank / number ranked does not exceed the share. */
public final class TopShare {

    private TopShare() {
    }

    /** Whether {@code rank} of {@code ranked} is within the top {@code percent}%. Exact, in integers. */
    public static boolean within(int rank, int ranked, int percent) {
        if (ranked < 1 || rank < 1 || rank > ranked) {
            throw new IllegalArgumentException("A rank must lie between 1 and the number ranked: " + rank + " of " + ranked);
        }
        return (long) rank * 100 <= (long) percent * ranked;
    }
}
