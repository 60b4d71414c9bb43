package cn.ipoffice.programmes.support;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.engine.EngineClockAdapter;
import cn.ipoffice.programmes.overdue.OverduePattern;
import cn.ipoffice.programmes.register.EscalationStep;
import java.util.HashMap;
import java.util.Map;

/** What a supervising office enters on the escalation form of a missed deadline ({@code forms/overdue-escalation.form}). */
public final class Escalations {

    private Escalations() {
    }

    /** The action, followed up a month after today (CST, by the engine clock), without remarks. */
    public static Map<String, Object> followedUpInAMonth(EscalationStep action) {
        return action(action, DeadlineCalendar.dayOf(EngineClockAdapter.engineNow()).plusMonths(1).toString(), null);
    }

    /** The form's fields as Tasklist submits them: the action, the follow-up day typed YYYY-MM-DD, the remarks if any. */
    public static Map<String, Object> action(EscalationStep action, String followUpOn, String remarks) {
        Map<String, Object> form = new HashMap<>();
        form.put(OverduePattern.ESCALATION_ACTION.name(), action.name());
        form.put(OverduePattern.ESCALATION_FOLLOW_UP_ON.name(), followUpOn);
        if (remarks != null) {
            form.put(OverduePattern.ESCALATION_REMARKS.name(), remarks);
        }
        return form;
    }

    /** The same as the JSON body of {@code POST /engine-rest/task/{id}/submit-form}. */
    public static String asRestBody(EscalationStep action, String followUpOn, String remarks) {
        StringBuilder body = new StringBuilder("{\"variables\": {\"" + OverduePattern.ESCALATION_ACTION.name()
                + "\": {\"value\": \"" + action.name() + "\", \"type\": \"String\"}, \""
                + OverduePattern.ESCALATION_FOLLOW_UP_ON.name() + "\": {\"value\": \"" + followUpOn + "\", \"type\": \"String\"}");
        if (remarks != null) {
            body.append(", \"").append(OverduePattern.ESCALATION_REMARKS.name()).append("\": {\"value\": \"")
                    .append(remarks.replace("\\", "\\\\").replace("\"", "\\\"")).append("\", \"type\": \"String\"}");
        }
        return body.append("}}").toString();
    }
}
