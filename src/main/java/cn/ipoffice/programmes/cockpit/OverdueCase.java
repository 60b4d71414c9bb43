package cn.ipoffice.programmes.cockpit;

/**
 * One row of the "Overdue cases" page: one missed deadline of one case.
 *
 * @param lastDay the deadline's last day (CST), e.g. {@code 2026-01-31}; the deadline is its 24:00
 * @param deadline the deadline as an instant, ISO-8601
 */
public record OverdueCase(
        String processInstanceId,
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
        long daysOverdue,
        String message) {
}
