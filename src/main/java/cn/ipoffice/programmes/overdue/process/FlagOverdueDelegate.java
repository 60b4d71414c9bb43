package cn.ipoffice.programmes.overdue.process;

import cn.ipoffice.programmes.overdue.OverdueIncident;
import cn.ipoffice.programmes.overdue.OverduePattern;
import cn.ipoffice.programmes.overdue.usecase.FlagOverdue;
import cn.ipoffice.programmes.overdue.usecase.FlagOverdue.Flag;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * {@code ${flagOverdue}}: the service task behind every deadline's boundary timer (e.g.
 * {@code Task_FlagReportOverdue}, PM-12). Flags the case (the process instance) and raises the incident on the
 * activity the timer is attached to, where the owner's task stays open.
 */
@Component("flagOverdue")
class FlagOverdueDelegate implements JavaDelegate {

    private final FlagOverdue flagOverdue;
    private final Clock clock;

    FlagOverdueDelegate(FlagOverdue flagOverdue, Clock clock) {
        this.flagOverdue = flagOverdue;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        Flag flag = flagOverdue.flag(OverduePattern.OBLIGATION_RULE.from(execution),
                OverduePattern.OBLIGATION_DEADLINE.from(execution),
                OverduePattern.OVERDUE_RULES.optionalFrom(instance).orElse(null),
                OverduePattern.OVERDUE_SINCE.optionalFrom(instance).orElse(null),
                clock.instant());
        OverduePattern.OVERDUE.set(instance, true);
        OverduePattern.OVERDUE_RULES.set(instance, flag.overdueRules());
        flag.overdueSince().ifPresent(since -> OverduePattern.OVERDUE_SINCE.set(instance, since));
        Incident incident = WaitingActivity.of((ExecutionEntity) execution).createIncident(OverdueIncident.TYPE,
                flag.incident().configuration(), flag.message());
        DelegateExecution obligation = ObligationScope.of((ExecutionEntity) execution);
        if (obligation != null) {
            OverduePattern.OBLIGATION_OVERDUE.setLocal(obligation, true);
            OverduePattern.OBLIGATION_INCIDENT.setLocal(obligation, incident.getId());
        }
    }
}
