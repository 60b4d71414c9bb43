package cn.ipoffice.programmes.pilotcities.rules;

/**
 * PM-14: an acceptance score below 60 withdraws the pilot title with a 2-year ban; 60 to 70 may enter
 * a new pilot round; above 70 may enter demonstration fostering. I-1: 60 and 70 both belong to
 * "between 60 and 70".
 */
public final class PilotAcceptanceBand {

    public static final String RULE = "PM-14";
    public static final int BAN_YEARS = 2;

    public record Result(AcceptanceBand band, String reason) {
    }

    private PilotAcceptanceBand() {
    }

    public static Result decide(double score) {
        if (Double.isNaN(score) || score < 0 || score > 100) {
            throw new IllegalArgumentException("PM-14: an acceptance score lies between 0 and 100, got " + score);
        }
        if (score < 60) {
            return new Result(AcceptanceBand.WITHDRAWAL, "PM-14: acceptance score " + format(score)
                    + " is below 60: the pilot title is withdrawn and the city may not apply for it for 2 years");
        }
        if (score <= 70) {
            return new Result(AcceptanceBand.NEW_ROUND, "PM-14 (I-1): acceptance score " + format(score)
                    + " is between 60 and 70: the city may enter a new pilot round");
        }
        return new Result(AcceptanceBand.FOSTERING, "PM-14: acceptance score " + format(score)
                + " is above 70: the city may enter demonstration fostering or a new pilot round");
    }

    private static String format(double score) {
        return score == Math.rint(score) ? String.valueOf((long) score) : String.valueOf(score);
    }
}
