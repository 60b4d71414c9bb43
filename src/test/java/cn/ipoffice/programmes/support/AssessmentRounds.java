package cn.ipoffice.programmes.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess.RankingDecision;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess.Vars;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * A province's yearly assessment round (PM-9, I-13) as its reviewer runs it in Tasklist, over the engine's REST API:
 * the round opened on its start form, each city's grade and score entered on its task, the computed ranking
 * confirmed. The rank is never entered; the register records what the round computed.
 */
public final class AssessmentRounds {

    /** What the reviewer enters for a city of the round that a test does not grade itself. */
    public static final String[] ORDINARY = {"AVERAGE", "70"};

    private final ProcessEngine engine;

    public AssessmentRounds(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The reviewer of a province ({@code 32}) in Tasklist, a member of its group. */
    public static String reviewer(String province) {
        String user = "round-reviewer-" + province;
        Http.member(user, "province-" + province);
        return user;
    }

    /** The round's business key: the province and the year assessed ({@code 32-2025}). */
    public static String businessKey(String province, int year) {
        return province + "-" + year;
    }

    /** The province's reviewer opens its round of {@code year} on the start form, at the engine clock's time. */
    public static HttpResponse<String> open(String province, int year) {
        return Http.as(reviewer(province)).postJson("/engine-rest/process-definition/key/"
                + ProvincialAssessmentRoundProcess.KEY + "/submit-form", """
                {"variables": {"holderId": {"value": "%s", "type": "String"},
                               "assessedYear": {"value": %d, "type": "Integer"}}}""".formatted(province, year));
    }

    /**
     * One whole round at the engine clock's time: opened, every city graded and scored (the cities named in
     * {@code entries} with their grade and score, any other {@link #ORDINARY}), the ranking confirmed and recorded.
     */
    public void run(String province, int year, Map<String, String[]> entries) {
        HttpResponse<String> opened = open(province, year);
        assertThat(opened.statusCode()).as("the round of " + province + " in " + year + ": " + opened.body())
                .isEqualTo(200);
        String round = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(ProvincialAssessmentRoundProcess.KEY)
                .processInstanceBusinessKey(businessKey(province, year)).singleResult().getId();
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(round)
                .taskDefinitionKey(ProvincialAssessmentRoundProcess.TASK_ASSESS_CITY).list()) {
            String city = (String) engine.getTaskService().getVariable(task.getId(), CaseVariables.HOLDER_ID.name());
            String[] entry = entries.getOrDefault(city, ORDINARY);
            submit(province, task, """
                    {"%s": {"value": "%s", "type": "String"},
                     "%s": {"value": %s, "type": "Double"}}""".formatted(Vars.ASSESSMENT_GRADE.name(), entry[0],
                    Vars.ASSESSMENT_SCORE.name(), entry[1]));
        }
        Task confirmation = engine.getTaskService().createTaskQuery().processInstanceId(round)
                .taskDefinitionKey(ProvincialAssessmentRoundProcess.TASK_CONFIRM_RANKING).singleResult();
        assertThat(confirmation).as("the ranking of " + province + " in " + year + " to confirm").isNotNull();
        submit(province, confirmation, "{\"%s\": {\"value\": \"%s\", \"type\": \"String\"}}"
                .formatted(Vars.RANKING_DECISION.name(), RankingDecision.CONFIRMED.name()));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(round).count())
                .as("the round of " + province + " in " + year + " recorded").isZero();
    }

    /** {@link #run} on 1 February of the year after {@code year}, 09:00 CST: the first day the round may open. */
    public void runOn1February(String province, int year, Map<String, String[]> entries) {
        EngineClock.setTo((year + 1) + "-02-01T09:00");
        run(province, year, entries);
    }

    /** The round of the city's province on 1 February after {@code year}, the city graded and scored so. */
    public void assessOn1February(String city, int year, String grade, String score) {
        runOn1February(city.substring(0, 2), year, Map.of(city, new String[] {grade, score}));
    }

    /**
     * What the city's cases show of the assessments the rounds recorded (PM-9): the variables of each
     * {@code Assessment recorded} event, case by case in the order they began.
     */
    public List<Map<String, Object>> shownOnTheCitysCases(String cityId) {
        HistoryService history = engine.getHistoryService();
        List<Map<String, Object>> shown = new ArrayList<>();
        for (HistoricProcessInstance city : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(cityId)
                .orderByProcessInstanceStartTime().asc().list()) {
            for (HistoricActivityInstance recorded : history.createHistoricActivityInstanceQuery()
                    .processInstanceId(city.getId()).orderByHistoricActivityInstanceStartTime().asc().list()) {
                if (List.of(PilotCityRoundProcess.ASSESSMENT_RECORDED, DemonstrationFosteringProcess.ASSESSMENT_RECORDED)
                        .contains(recorded.getActivityId())) {
                    Map<String, Object> variables = new HashMap<>();
                    history.createHistoricVariableInstanceQuery().activityInstanceIdIn(recorded.getId()).list()
                            .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
                    shown.add(variables);
                }
            }
        }
        return shown;
    }

    private static void submit(String province, Task task, String variables) {
        HttpResponse<String> response = Http.as(reviewer(province)).postJson("/engine-rest/task/" + task.getId()
                + "/submit-form", "{\"variables\": " + variables + "}");
        assertThat(response.statusCode()).as(task.getName() + ": " + response.body()).isEqualTo(204);
    }
}
