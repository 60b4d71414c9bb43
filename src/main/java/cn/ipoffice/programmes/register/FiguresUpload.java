package cn.ipoffice.programmes.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a year's figures (PM-5(v), PM-18(iv), (vi)) must be before any of them is recorded: a year from
 * {@value #FIRST_YEAR} to the current one, each city once by its 6-digit division code (SIPO evaluates every city,
 * whether or not the register holds it), an enforcement evaluation score from 0 to 100
 * and a pledge financing amount (10,000 yuan) from 0 to {@link #MAX_PLEDGE_FINANCING}, above the whole
 * country's yearly total, both with at most two decimals as the register keeps them.
 */
final class FiguresUpload {

    static final int FIRST_YEAR = 2000;
    static final BigDecimal MAX_ENFORCEMENT_SCORE = BigDecimal.valueOf(100);
    /** 10,000 yuan: one trillion yuan. */
    static final BigDecimal MAX_PLEDGE_FINANCING = BigDecimal.valueOf(100_000_000);
    static final int DECIMALS = 2;
    private static final Pattern CITY_CODE = Pattern.compile("\\d{6}");

    private FiguresUpload() {
    }

    /** Every problem of the upload, each naming its entry (counted from 1) and field; empty if it may be recorded. */
    static List<String> problems(int year, List<Register.FigureRow> rows, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (year < FIRST_YEAR || year > today.getYear()) {
            problems.add("year must be between " + FIRST_YEAR + " and " + today.getYear() + ", got " + year);
        }
        if (rows == null) {
            problems.add("the body must be a list of figures, got null");
            return problems;
        }
        Map<String, Integer> firstEntryOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int entry = i + 1;
            Register.FigureRow row = rows.get(i);
            if (row == null) {
                problems.add("entry " + entry + " is null; each entry needs holderId, enforcementScore and pledgeFinancing");
                continue;
            }
            String where = "entry " + entry + (row.holderId() == null ? "" : " (holderId " + row.holderId() + ")") + ": ";
            if (row.holderId() == null || row.holderId().isBlank()) {
                problems.add(where + "holderId is required");
            } else if (!CITY_CODE.matcher(row.holderId()).matches()) {
                problems.add(where + "holderId must be a city's 6-digit administrative division code");
            } else {
                Integer first = firstEntryOf.putIfAbsent(row.holderId(), entry);
                if (first != null) {
                    problems.add(where + "the same holder as entry " + first + "; each holder has one entry a year");
                }
            }
            check(problems, where, "enforcementScore", row.enforcementScore(), MAX_ENFORCEMENT_SCORE);
            check(problems, where, "pledgeFinancing", row.pledgeFinancing(), MAX_PLEDGE_FINANCING);
        }
        return problems;
    }

    private static void check(List<String> problems, String where, String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            problems.add(where + field + " is required");
        } else if (value.signum() < 0 || value.compareTo(max) > 0) {
            problems.add(where + field + " must be between 0 and " + max.toPlainString() + ", got " + shown(value));
        } else if (value.stripTrailingZeros().scale() > DECIMALS) {
            problems.add(where + field + " may have at most " + DECIMALS + " decimals, got " + shown(value));
        }
    }

    /** A value as sent, shortened where it is absurdly long (1e400 written out has 401 digits). */
    private static String shown(BigDecimal value) {
        String plain = value.abs().compareTo(BigDecimal.TEN.pow(30)) > 0 ? value.toString() : value.toPlainString();
        return plain.length() > 40 ? plain.substring(0, 40) + "..." : plain;
    }
}
