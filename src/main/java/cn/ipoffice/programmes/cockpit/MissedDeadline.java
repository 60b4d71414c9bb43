package cn.ipoffice.programmes.cockpit;

import java.util.Date;

/**
 * One open missed deadline as the page's query reads it ({@code cockpit/overdue-cases.xml}): the incident,
 * its process, and its case's business key and holder name (the case's own, or its root case's: an annual
 * report called by a round carries none).
 */
public record MissedDeadline(String id, String processInstanceId, String processDefinitionKey, String processName,
        String activityId, String configuration, Date timestamp, String businessKey, String holderName) {
}
