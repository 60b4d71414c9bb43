package cn.ipoffice.programmes.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.Cases;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The filters every user gets answer over the REST API as Tasklist asks them (their expressions run under the
 * product's expression rules): "Due within 30 days" lists a task from 29 days before its last day to that day, and
 * "Overdue" from the day after. A filter stored by an earlier version, whose expression those rules refuse, is
 * brought up to date at the next start.
 */
@ProcessTest
class TasklistFiltersTest {

    private static final String ZHENJIANG = "321100";
    private static final List<String> FILTERS = List.of(TasklistFilters.MY_TASKS, TasklistFilters.MY_OFFICES_TASKS,
            TasklistFilters.OVERDUE, TasklistFilters.DUE_WITHIN_30_DAYS, TasklistFilters.REPORTS_TO_MY_OFFICE);
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void dueWithin30Days_listsTheWorkPlanFrom29DaysBeforeItsLastDay_toThatDay_thenOverdueDoes() throws Exception {
        ProcessEngine engine = SpringEngine.bean(ProcessEngine.class);
        Cases cases = new Cases(engine);
        EngineClock.setTo("2026-01-05T09:00");
        cases.startTerm(PilotCityRoundProcess.KEY, ZHENJIANG, "Zhenjiang", Title.PILOT_CITY, "PM-7",
                LocalDate.of(2026, 1, 5), true);
        Task plan = cases.task(ZHENJIANG, PilotCityRoundProcess.TASK_RECORD_WORK_PLAN);
        LocalDate lastDay = DeadlineCalendar.lastDayOf(plan.getDueDate().toInstant());
        Http city = Http.member("filters-zhenjiang", "gov-" + ZHENJIANG);

        for (String filter : FILTERS) {
            assertThat(list(city, filter).statusCode()).as(filter).isEqualTo(200);
        }
        EngineClock.setTo(lastDay.minusDays(30) + "T09:00");
        assertThat(listed(city, TasklistFilters.DUE_WITHIN_30_DAYS)).as("its last day 30 days ahead").isEmpty();
        EngineClock.setTo(lastDay.minusDays(29) + "T09:00");
        assertThat(listed(city, TasklistFilters.DUE_WITHIN_30_DAYS)).containsExactly(plan.getId());
        EngineClock.setTo(lastDay + "T23:59");
        assertThat(listed(city, TasklistFilters.DUE_WITHIN_30_DAYS)).containsExactly(plan.getId());
        assertThat(listed(city, TasklistFilters.OVERDUE)).isEmpty();
        EngineClock.setTo(lastDay.plusDays(1) + "T00:01");
        assertThat(listed(city, TasklistFilters.DUE_WITHIN_30_DAYS)).isEmpty();
        assertThat(listed(city, TasklistFilters.OVERDUE)).containsExactly(plan.getId());
    }

    @Test
    void aFilterStoredWithAnExpressionTheProductRefuses_isBroughtUpToDateAtTheNextStart() throws Exception {
        FilterService filters = SpringEngine.bean(FilterService.class);
        Filter due = filters.createFilterQuery().filterName(TasklistFilters.DUE_WITHIN_30_DAYS).singleResult();
        // As an earlier version stored it: Tasklist answered "Unable to resolve expression" for every office.
        filters.saveFilter(due.setQuery(SpringEngine.bean(ProcessEngine.class).getTaskService().createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                .dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(30).toDate()}")
                .orderByDueDate().asc()));
        Http sipo = Http.member("filters-sipo", "sipo");
        assertThat(list(sipo, TasklistFilters.DUE_WITHIN_30_DAYS).statusCode()).as("refused as stored").isEqualTo(500);

        SpringEngine.bean(TasklistFilters.class).createOrUpdate();

        assertThat(list(sipo, TasklistFilters.DUE_WITHIN_30_DAYS).statusCode()).isEqualTo(200);
        assertThat(filters.createFilterQuery().filterName(TasklistFilters.DUE_WITHIN_30_DAYS).count()).isOne();
    }

    /** The ids of the tasks the user's filter lists, asked as Tasklist asks. */
    private static List<String> listed(Http user, String filterName) throws Exception {
        HttpResponse<String> listed = list(user, filterName);
        assertThat(listed.statusCode()).as(filterName + ": " + listed.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(listed.body()).forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private static HttpResponse<String> list(Http user, String filterName) throws Exception {
        HttpResponse<String> filters = user.get("/engine-rest/filter?name="
                + URLEncoder.encode(filterName, StandardCharsets.UTF_8) + "&firstResult=0&maxResults=10");
        assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
        JsonNode filter = JSON.readTree(filters.body()).get(0);
        return user.get("/engine-rest/filter/" + filter.get("id").asText() + "/list?firstResult=0&maxResults=100");
    }
}
