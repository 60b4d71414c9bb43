package cn.ipoffice.programmes.tasklist;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import java.util.LinkedHashMap;
import java.util.Map;
import cn.ipoffice.programmes.security.Grants;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user gets, created at start-up and sorted by due date: the user's
 * own tasks, the tasks of the user's offices (groups), the overdue ones and those due within 30 days,
 * and the reports that go to an office besides their reviewer (CA-15: a cluster area reports to SIPO and
 * its provincial department), which that office reads but does not complete. A stored filter whose expressions
 * are not those defined here (an earlier version's) is brought up to date: its expressions run under the product's
 * expression rules (deployment/ProductExpressions), which refuse any method but the calendar's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class TasklistFilters implements ApplicationRunner {

    public static final String MY_TASKS = "My tasks";
    public static final String MY_OFFICES_TASKS = "My offices' tasks";
    public static final String OVERDUE = "Overdue";
    public static final String DUE_WITHIN_30_DAYS = "Due within 30 days";
    public static final String REPORTS_TO_MY_OFFICE = "Reports to my office";

    private static final String CURRENT_USER = "${currentUser()}";
    private static final String CURRENT_GROUPS = "${currentUserGroups()}";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @Override
    public void run(ApplicationArguments args) {
        createOrUpdate();
    }

    /** The filters above, created where missing (the demo makes them before its web server starts, too). */
    public void createOrUpdate() {
        create(MY_TASKS, -10, "Tasks assigned to me",
                taskService.createTaskQuery().taskAssigneeExpression(CURRENT_USER));
        create(MY_OFFICES_TASKS, -5, "Tasks of my offices, claimed or not",
                officesTasks());
        create(OVERDUE, 0, "Tasks of my offices whose legal deadline has passed",
                officesTasks().dueBeforeExpression("${now()}"));
        create(DUE_WITHIN_30_DAYS, 5, "Tasks of my offices due in the next 30 days",
                officesTasks().dueAfterExpression("${now()}").dueBeforeExpression("${deadlines.endOfDayFromToday(30)}"));
        create(REPORTS_TO_MY_OFFICE, 10, "Annual reports that go to my office besides their reviewer (CA-15: a cluster"
                + " area's report to SIPO and the provincial department): the report owed, SIPO's review once it is in,"
                + " an overdue escalation. The department reads them; SIPO reviews and completes them.",
                reportsAlsoToAnOffice());
    }

    /**
     * Every task of an annual report that names an office besides its reviewer; each user sees those of the cases
     * it may read, so a province sees its own areas' reports (security/CaseAuthorizations) and no other's.
     */
    private TaskQuery reportsAlsoToAnOffice() {
        return taskService.createTaskQuery().processDefinitionKey(AnnualReportProcess.KEY)
                .processVariableValueLike(AnnualReportProcess.In.ALSO_REPORTED_TO.name(), "%");
    }

    /** The expressions of a filter's query ({@code ${now()}}, {@code ${currentUserGroups()}}), by the criterion they set. */
    private static Map<String, String> expressions(Query<?, ?> query) {
        return query instanceof AbstractQuery<?, ?> stored ? stored.getExpressions() : Map.of();
    }

    private TaskQuery officesTasks() {
        return taskService.createTaskQuery().taskCandidateGroupInExpression(CURRENT_GROUPS).includeAssignedTasks();
    }

    private void create(String name, int priority, String description, TaskQuery criteria) {
        TaskQuery query = criteria.orderByDueDate().asc();
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            if (!expressions(existing.getQuery()).equals(expressions(query))) {
                filterService.saveFilter(existing.setQuery(query));
            }
            Grants.toEveryone(authorizationService, Resources.FILTER, existing.getId(), Permissions.READ);
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(properties);
        filterService.saveFilter(filter);
        // One filter for all: its query names the current user's groups, so each sees only its offices' tasks.
        Grants.toEveryone(authorizationService, Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
