package cn.ipoffice.programmes.notify;

import java.util.List;

/**
 * One notification as the offices read it, whoever receives it: the holder by name and code, the step, the rule id,
 * the last day in China Standard Time ("7 March 2027, 24:00 CST", empty where the step has none), the link that opens
 * it, and lines of its own (the missing materials, the decisions taken).
 */
public record Notice(NoticeKind kind, String holderId, String holderName, String step, String ruleId, String lastDay,
        String link, List<String> details) {

    public Notice {
        details = List.copyOf(details);
    }

    /** "Suzhou (320500)", the code alone where the case has no name, or "no holder". */
    public String holder() {
        if (holderName == null || holderName.isBlank()) {
            return holderId == null ? "no holder" : holderId;
        }
        return holderId == null ? holderName : holderName + " (" + holderId + ")";
    }

    public String subject() {
        return "[IP programmes] " + kind.label() + ": " + step;
    }

    /** The mail's text, with the page where the reader changes how it receives these mails. */
    public String body(String settingsLink) {
        StringBuilder body = new StringBuilder(512).append(kind.sentence()).append("\n\n");
        body.append("Holder:   ").append(holder()).append('\n');
        body.append("Step:     ").append(step).append('\n');
        body.append("Rule:     ").append(ruleId == null || ruleId.isBlank() ? "none named" : ruleId).append('\n');
        body.append("Last day: ").append(lastDay == null || lastDay.isBlank() ? "none" : lastDay).append('\n');
        details.forEach(line -> body.append(line).append('\n'));
        body.append("\nOpen it: ").append(link).append("\n\n");
        body.append("-- \nYou receive this mail as a member of the office concerned. Each mail at once, a daily digest or ")
                .append("none: ").append(settingsLink).append('\n');
        return body.toString();
    }

    /** The notice as one item of a daily digest. */
    public String digestItem() {
        StringBuilder item = new StringBuilder(256).append(kind.label()).append(": ").append(step).append('\n')
                .append("   Holder ").append(holder()).append(" \u00b7 rule ")
                .append(ruleId == null || ruleId.isBlank() ? "none named" : ruleId);
        if (lastDay != null && !lastDay.isBlank()) {
            item.append(" \u00b7 last day ").append(lastDay);
        }
        item.append('\n');
        details.forEach(line -> item.append("   ").append(line).append('\n'));
        return item.append("   ").append(link).toString();
    }
}
