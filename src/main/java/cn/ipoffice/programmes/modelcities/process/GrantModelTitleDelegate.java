package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.Step;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.modelcities.usecase.GrantModelTitle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code ${grantModelTitle}} behind {@code Task_RecordModelTitle} (PM-20, PM-27). */
@Component("grantModelTitle")
class GrantModelTitleDelegate implements JavaDelegate {

    private final GrantModelTitle grant;

    GrantModelTitleDelegate(GrantModelTitle grant) {
        this.grant = grant;
    }

    @Override
    public void execute(DelegateExecution execution) {
        grant.grant(new Step(CaseFacts.holderId(execution), execution.getProcessInstanceId()),
                Decide.REPLY_NOTICE_DATE.from(execution));
    }
}
