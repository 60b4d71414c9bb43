package cn.ipoffice.programmes.simulator;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rule ids (PM-8, CA-10, I-3) a diagram element's name or documentation cites. */
final class RuleIds {

    private static final Pattern RULE = Pattern.compile("\\b(?:PM|CA)-\\d+(?:\\([a-z]\\))?|\\bI-\\d+");

    private RuleIds() {
    }

    static String in(String... texts) {
        Set<String> ids = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher matcher = RULE.matcher(text);
            while (matcher.find()) {
                ids.add(matcher.group());
            }
            if (!ids.isEmpty()) {
                break;
            }
        }
        return String.join(", ", ids);
    }
}
