package cn.ipoffice.programmes.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.tasklist.TasklistFilters;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile: offices, users with the README's passwords, and annual reports in the offices' Tasklist filters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoDataTest {

    @Autowired
    IdentityService identity;
    @Autowired
    FilterService filters;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    DemoData demoData;

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    private List<Task> filtered(String userId, String filterName) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
        identity.setAuthentication(userId, groups);
        Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
        return filters.list(filter.getId());
    }

    @Test
    void theGroupsOfTheSpecAndTheDemoUsersExist() {
        assertThat(identity.createGroupQuery().groupId("sipo").count()).isOne();
        assertThat(identity.createGroupQuery().groupIdIn("province-32", "province-33", "province-11", "province-65").count())
                .isEqualTo(4);
        assertThat(identity.checkPassword("demo", "demo")).isTrue();
        for (String user : List.of("sipo", "jiangsu", "zhejiang", "suzhou", "nanjing", "hangzhou", "ningbo", "sip")) {
            assertThat(identity.checkPassword(user, user)).as(user).isTrue();
        }
        assertThat(identity.createGroupQuery().groupMember("jiangsu").singleResult().getId()).isEqualTo("province-32");
        assertThat(identity.createGroupQuery().groupMember("suzhou").singleResult().getId()).isEqualTo("gov-320500");
    }

    @Test
    void aGovernmentUserSeesItsAnnualReportWithItsLegalDueDate() {
        int nextYear = DemoData.nextReportYear(DeadlineCalendar.dayOf(Instant.now()));
        List<Task> suzhou = filtered("suzhou", TasklistFilters.MY_OFFICES_TASKS);
        assertThat(suzhou).singleElement().satisfies(task -> {
            assertThat(task.getTaskDefinitionKey()).isEqualTo(AnnualReportProcess.TASK_SUBMIT);
            assertThat(task.getDueDate()).isEqualTo(Date.from(DeadlineCalendar.annualReportDue(nextYear)));
        });
    }

    @Test
    void theProvinceSeesTheOverdueEscalationInItsOverdueFilter_andNotZhejiangs() {
        String nanjing = runtime.createProcessInstanceQuery().processInstanceBusinessKey("320100")
                .variableValueEquals(AnnualReportProcess.In.REPORT_YEAR,
                        DemoData.nextReportYear(DeadlineCalendar.dayOf(Instant.now())) - 1)
                .singleResult().getId();
        EngineClock.runDueJobs(management, nanjing);

        assertThat(filtered("jiangsu", TasklistFilters.OVERDUE)).extracting(Task::getTaskDefinitionKey)
                .containsExactly(AnnualReportProcess.TASK_ESCALATE);
        assertThat(filtered("zhejiang", TasklistFilters.OVERDUE)).isEmpty();
        assertThat(filtered("nanjing", TasklistFilters.OVERDUE)).extracting(Task::getTaskDefinitionKey)
                .containsExactly(AnnualReportProcess.TASK_SUBMIT);
        assertThat(filtered("zhejiang", TasklistFilters.MY_OFFICES_TASKS)).isEmpty();
    }

    @Test
    void aSecondStartCreatesNothingTwice() throws Exception {
        long cases = runtime.createProcessInstanceQuery().count();
        demoData.run(null);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(cases);
        assertThat(filters.createFilterQuery().filterName(TasklistFilters.OVERDUE).count()).isOne();
    }
}
