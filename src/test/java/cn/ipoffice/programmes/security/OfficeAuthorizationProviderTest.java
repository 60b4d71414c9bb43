package cn.ipoffice.programmes.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.support.ProcessTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The offices' grants on a case and its tasks, made by the engine's resource authorization provider: those on
 * the history carry the case, so that history cleanup removes them with the history they open; and a start with
 * authorization off, when the engine asks the provider for nothing, leaves the backfill to run again.
 */
@ProcessTest
class OfficeAuthorizationProviderTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseAuthorizationBackfill backfill;

    @Test
    void theOfficesGrantsOnACasesHistory_goWithThatHistory() {
        String caseId = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY, "320500-2026",
                Map.of(In.HOLDER_ID.name(), "320500", In.HOLDER_NAME.name(), "Suzhou", In.REPORT_YEAR.name(), 2026,
                        In.RULE_ID.name(), "PM-12", In.SUPERVISOR_GROUP.name(), "province-32")).getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(caseId).singleResult();

        assertThat(historyGrants(caseId, task.getId())).extracting(Authorization::getGroupId)
                .containsExactlyInAnyOrder("province-32", "gov-320500", "province-32");
        assertThat(historyGrants(caseId, task.getId())).allSatisfy(grant -> {
            assertThat(grant.getRootProcessInstanceId()).isEqualTo(caseId);
            assertThat(grant.getRemovalTime()).isNull();
        });

        engine.getRuntimeService().deleteProcessInstance(caseId, "withdrawn by the test");
        HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(caseId).singleResult();
        assertThat(ended.getRemovalTime()).isNotNull();
        assertThat(historyGrants(caseId, task.getId())).hasSize(3)
                .allSatisfy(grant -> assertThat(grant.getRemovalTime()).isEqualTo(ended.getRemovalTime()));
    }

    @Test
    void aStartWithAuthorizationOff_leavesTheBackfillToTheNextStartWithItOn() {
        ProcessEngineConfiguration configuration = engine.getProcessEngineConfiguration();
        configuration.setAuthorizationEnabled(false);
        try {
            backfill.run(null);
        } finally {
            configuration.setAuthorizationEnabled(true);
        }
        assertThat(engine.getManagementService().getProperties()).doesNotContainKey(CaseAuthorizationBackfill.DONE_PROPERTY);

        backfill.run(null);
        assertThat(engine.getManagementService().getProperties()).containsKey(CaseAuthorizationBackfill.DONE_PROPERTY);
    }

    /** The offices' grants on the case's history and on its task's. */
    private List<Authorization> historyGrants(String caseId, String taskId) {
        List<Authorization> grants = new ArrayList<>(engine.getAuthorizationService().createAuthorizationQuery()
                .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(caseId).list());
        grants.addAll(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("province-32")
                .resourceType(Resources.HISTORIC_TASK).resourceId(taskId).list());
        return grants.stream().filter(grant -> List.of("province-32", "gov-320500").contains(grant.getGroupId())).toList();
    }
}
