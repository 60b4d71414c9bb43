package cn.ipoffice.programmes.cockpit;

import java.util.List;

/**
 * One row of the "Overdue cases" page: one missed deadline of one case, who owes its step, and what the supervising
 * office did about it.
 *
 * @param lastDay the deadline's last day (CST), e.g. {@code 2026-01-31}; the deadline is its 24:00
 * @param deadline the deadline as an instant, ISO-8601
 * @param deadlineText the deadline as the offices read it: "31 January 2026, 24:00 CST"
 * @param ownerGroups the candidate groups of the task that waits for the obligation (e.g. {@code gov-320500})
 * @param owner those groups as the offices' names: "Suzhou municipal government (gov-320500)"
 * @param ownerUsers the members of those groups
 * @param actions every escalation action recorded on this missed deadline, the first first
 * @param followUpOn the follow-up day of the last action while it has not come (YYYY-MM-DD), else none: the case
 *        needs no action until then
 * @param followUpText "Followed up, back on 5 March 2026" while the follow-up is pending, else none
 * @param searchText what the page's filter and the export's {@code filter} look in, in lower case: the row's texts
 */
public record OverdueCase(
        String processInstanceId,
        String incidentId,
        String holderId,
        String holderName,
        String provinceCode,
        String province,
        String processDefinitionKey,
        String processName,
        String activityId,
        String ruleId,
        String lastDay,
        String deadline,
        String deadlineText,
        long daysOverdue,
        String message,
        List<String> ownerGroups,
        String owner,
        List<OfficeUser> ownerUsers,
        List<Action> actions,
        String followUpOn,
        String followUpText,
        String searchText) {

    /** A user of the owner's group; its e-mail where the user has one. */
    public record OfficeUser(String id, String name, String email, String group) {
    }

    /**
     * One recorded escalation action.
     *
     * @param recordedOn the day it was recorded (CST), as the offices read it: "3 February 2026"
     * @param recordedBy the user who completed the escalation task; none where no user did
     */
    public record Action(String action, String actionText, String recordedOn, String recordedAt, String recordedBy,
            String remarks, String followUpOn, String followUpText) {
    }

    /** Whether the case waits for its follow-up day rather than for an action. */
    public boolean followedUp() {
        return followUpOn != null;
    }

    /** Whether the page's filter shows the row: the filter, in any case, is part of its texts. */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        return searchText.contains(filter.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /** A user as the page and the export show it: "Li Wei (ova-320500-li) li.wei@suzhou.example.org". */
    public static String describe(OfficeUser user) {
        return user.name() + " (" + user.id() + ")" + (user.email() == null ? "" : " " + user.email());
    }

    /** An action as the page and the export show it. */
    public static String describe(Action action) {
        return action.recordedOn() + ": " + action.actionText() + ", by "
                + (action.recordedBy() == null ? "no signed-in user" : action.recordedBy())
                + (action.remarks() == null ? "" : ": " + action.remarks()) + "; follow up on " + action.followUpText();
    }
}
