package cn.ipoffice.programmes.register;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation actions of missed deadlines ({@link EscalationAction}): recorded in the transaction that completes
 * the escalation task, and read in one batch for the missed deadlines a Cockpit page shows.
 */
@Service
@Transactional
public class EscalationActions {

    /** How many missed deadlines one query asks for: well within every database's limit on parameters. */
    static final int BATCH = 500;

    private final EscalationActionRepository actions;
    private final Clock clock;

    EscalationActions(EscalationActionRepository actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    /**
     * Records the action of one completion of an escalation task; the same completion again (a task completed once is
     * never completed twice, but a retry may repeat a write) records nothing more.
     */
    public EscalationAction record(NewEscalationAction recorded) {
        EscalationAction existing = actions.findByTaskId(recorded.taskId()).orElse(null);
        if (existing != null) {
            return existing;
        }
        return actions.save(new EscalationAction(recorded, clock.instant()));
    }

    /** The actions of each of these missed deadlines, in the order they were recorded; none for one without any. */
    @Transactional(readOnly = true)
    public Map<String, List<EscalationAction>> ofIncidents(Collection<String> incidentIds) {
        List<String> ids = incidentIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, List<EscalationAction>> byIncident = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (EscalationAction action : actions.findByIncidentIdInOrderByRecordedAtAscIdAsc(
                    ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
                byIncident.computeIfAbsent(action.getIncidentId(), id -> new ArrayList<>()).add(action);
            }
        }
        return byIncident;
    }

    /** Every action recorded in a case, in the order they were recorded. */
    @Transactional(readOnly = true)
    public List<EscalationAction> ofCase(String processInstanceId) {
        return actions.findByProcessInstanceIdOrderByRecordedAtAscIdAsc(processInstanceId);
    }
}
