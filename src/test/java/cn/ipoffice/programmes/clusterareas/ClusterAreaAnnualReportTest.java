package cn.ipoffice.programmes.clusterareas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.register.EscalationStep;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Escalations;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.tasklist.TasklistFilters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CA-15: a cluster area reports to SIPO and the competent provincial department by the end of each January. The
 * department receives the report: it reads the report owed, the report once in, SIPO's review and an overdue
 * escalation, in Tasklist (its filter "Reports to my office"), over REST and in the register, and records nothing;
 * SIPO reviews it (and may inspect) and handles a late report. Another province sees none of it. Driven as the offices
 * drive it: over REST, each as its own user.
 */
class ClusterAreaAnnualReportTest extends CaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lists over REST are paged, as Tasklist and Cockpit page them (the engine refuses unbounded lists). */
    private static final String PAGE = "&firstResult=0&maxResults=100";
    private static final String WORK_SUMMARY = "Forty-two agencies now serve the zone's firms.";
    private static final String PLAN = "A patent navigation centre for the zone's biomedicine firms.";

    private Http jiangsu;
    private Http zhejiang;
    private Http sipo;

    @BeforeEach
    void offices() {
        jiangsu = Http.member("ca15-jiangsu", "province-32");
        zhejiang = Http.member("ca15-zhejiang", "province-33");
        sipo = Http.member("ca15-sipo", "sipo");
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    /** An area of Jiangsu ratified on 10 March 2015, at 1 January 2016: its first report is owed. */
    private String reportOwed(String areaId, String name) {
        EngineClock.setTo("2015-03-10T09:00");
        cases.startAreaTerm(ExperimentalAreaConstructionProcess.KEY, areaId, name, Title.EXPERIMENTAL_AREA_CONSTRUCTION,
                "CA-9", LocalDate.of(2015, 3, 10));
        cases.at("2016-01-01T00:00", areaId);
        return cases.task(areaId, AnnualReportProcess.TASK_SUBMIT).getProcessInstanceId();
    }

    private static Http government(String areaId) {
        return Http.member("ca15-gov-" + areaId, "gov-" + areaId);
    }

    private void submitReport(String areaId) {
        String submitId = cases.task(areaId, AnnualReportProcess.TASK_SUBMIT).getId();
        HttpResponse<String> submitted = government(areaId).postJson("/engine-rest/task/" + submitId + "/submit-form",
                form(Map.of("workSummary", WORK_SUMMARY, "currentYearPlan", PLAN)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    }

    private static String form(Map<String, Object> fields) {
        Map<String, Object> variables = new LinkedHashMap<>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        try {
            return JSON.writeValueAsString(Map.of("variables", variables));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the tasks of one case that the user's Tasklist filter lists. */
    private static List<String> filtered(Http user, String filterName, String caseId) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String id : filtered(user, filterName)) {
            if (id.startsWith(caseId + "/")) {
                ids.add(id.substring(caseId.length() + 1));
            }
        }
        return ids;
    }

    /** The tasks the user's Tasklist filter lists, as Tasklist asks for them: case id / task id. */
    private static List<String> filtered(Http user, String filterName) throws Exception {
        HttpResponse<String> filters = user.get("/engine-rest/filter?name="
                + URLEncoder.encode(filterName, StandardCharsets.UTF_8) + PAGE);
        assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
        String filterId = JSON.readTree(filters.body()).get(0).get("id").asText();
        HttpResponse<String> listed = user.get("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=500");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(listed.body()).forEach(task -> ids.add(task.get("processInstanceId").asText() + "/"
                + task.get("id").asText()));
        return ids;
    }

    private List<String> candidateGroups(String taskId) {
        return engine.getTaskService().getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
                .filter(group -> group != null).toList();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void CA_15_theReportAndSiposReview_reachTheAreasProvincialDepartment_whichReadsThem_andAnotherProvinceSeesNothing()
            throws Exception {
        String report = reportOwed("321000-yz", "Yangzhou Hi-tech Zone");
        assertThat(engine.getRuntimeService().getVariable(report, AnnualReportProcess.In.ALSO_REPORTED_TO.name()))
                .isEqualTo("province-32");
        String submitId = cases.task("321000-yz", AnnualReportProcess.TASK_SUBMIT).getId();
        assertThat(filtered(jiangsu, TasklistFilters.REPORTS_TO_MY_OFFICE, report)).containsExactly(submitId);
        assertThat(filtered(zhejiang, TasklistFilters.REPORTS_TO_MY_OFFICE, report)).isEmpty();

        submitReport("321000-yz");
        Task review = cases.task("321000-yz", AnnualReportProcess.TASK_REVIEW);
        assertThat(candidateGroups(review.getId())).containsExactly("sipo");
        assertThat(filtered(jiangsu, TasklistFilters.REPORTS_TO_MY_OFFICE, report)).containsExactly(review.getId());
        assertThat(filtered(jiangsu, TasklistFilters.MY_OFFICES_TASKS, report)).as("nothing for the department to do")
                .doesNotContain(review.getId());
        assertThat(json(jiangsu.get("/engine-rest/task/" + review.getId() + "/form-variables"))
                .path("workSummary").path("value").asText()).isEqualTo(WORK_SUMMARY);
        assertThat(filtered(zhejiang, TasklistFilters.REPORTS_TO_MY_OFFICE, report)).isEmpty();
        assertThat(zhejiang.get("/engine-rest/task/" + review.getId()).statusCode()).isIn(403, 404);
        assertThat(filtered(sipo, TasklistFilters.MY_OFFICES_TASKS, report)).contains(review.getId());

        EngineClock.setTo("2016-02-10T10:00");
        Map<String, Object> reviewed = new LinkedHashMap<>(Map.of("reportAccepted", true,
                "reviewRemarks", "Accepted; an inspection of the agencies follows in May",
                "workSummary", WORK_SUMMARY, "currentYearPlan", PLAN));
        HttpResponse<String> done = sipo.postJson("/engine-rest/task/" + review.getId() + "/submit-form", form(reviewed));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(report).count()).isZero();

        // The department reads the report and SIPO's review in the case's history (Cockpit) and in the register.
        String history = "/engine-rest/history/variable-instance?processInstanceId=" + report + PAGE;
        assertThat(jiangsu.get(history).body()).contains(WORK_SUMMARY).contains(PLAN)
                .contains("Accepted; an inspection of the agencies follows in May");
        assertThat(json(jiangsu.get("/engine-rest/history/task?processInstanceId=" + report + "&taskDefinitionKey="
                + AnnualReportProcess.TASK_REVIEW + PAGE))).hasSize(1);
        JsonNode registered = json(jiangsu.get("/api/register/holders/321000-yz")).path("annualReports");
        assertThat(registered).hasSize(1);
        assertThat(registered.get(0).path("ruleId").asText()).isEqualTo("CA-15");
        assertThat(registered.get(0).path("accepted").asBoolean()).isTrue();
        assertThat(registered.get(0).path("remarks").asText()).contains("inspection of the agencies");

        assertThat(json(zhejiang.get(history))).isEmpty();
        assertThat(json(zhejiang.get("/engine-rest/history/process-instance?processInstanceId=" + report + PAGE))).isEmpty();
        assertThat(zhejiang.get("/api/register/holders/321000-yz").statusCode()).isEqualTo(404);
    }

    @Test
    void CA_15_anotherProvinceCannotReachTheReport_andTheAreasProvinceCannotCompleteSiposReviewAroundItsForm()
            throws Exception {
        String report = reportOwed("321100-zj", "Zhenjiang Economic Zone");
        submitReport("321100-zj");
        String reviewId = cases.task("321100-zj", AnnualReportProcess.TASK_REVIEW).getId();
        String accepted = form(Map.of("reportAccepted", true, "workSummary", WORK_SUMMARY, "currentYearPlan", PLAN));

        assertThat(json(zhejiang.get("/engine-rest/task?processInstanceId=" + report + PAGE))).isEmpty();
        assertThat(json(zhejiang.get("/engine-rest/process-instance?businessKey=321100-zj" + PAGE))).isEmpty();
        assertThat(json(zhejiang.get("/engine-rest/history/process-instance?processInstanceBusinessKey=321100-zj" + PAGE)))
                .isEmpty();
        assertThat(zhejiang.get("/engine-rest/task/" + reviewId + "/form-variables").statusCode()).isIn(403, 404);
        assertThat(zhejiang.postJson("/engine-rest/task/" + reviewId + "/submit-form", accepted).statusCode())
                .isIn(403, 404);
        assertThat(zhejiang.postJson("/engine-rest/task/" + reviewId + "/complete", accepted).statusCode())
                .isIn(403, 404);

        Map<String, String[]> aroundTheForm = new LinkedHashMap<>();
        aroundTheForm.put("its form", new String[] {"/task/" + reviewId + "/submit-form", accepted});
        aroundTheForm.put("a completion", new String[] {"/task/" + reviewId + "/complete", accepted});
        aroundTheForm.put("a claim", new String[] {"/task/" + reviewId + "/claim", "{\"userId\": \"ca15-jiangsu\"}"});
        aroundTheForm.put("an assignee", new String[] {"/task/" + reviewId + "/assignee", "{\"userId\": \"ca15-jiangsu\"}"});
        aroundTheForm.put("itself as candidate", new String[] {"/task/" + reviewId + "/identity-links",
                "{\"groupId\": \"province-32\", \"type\": \"candidate\"}"});
        aroundTheForm.put("the task's variables", new String[] {"/task/" + reviewId + "/variables",
                "{\"modifications\": {\"reportAccepted\": {\"value\": true, \"type\": \"Boolean\"}}}"});
        aroundTheForm.put("the case's variables", new String[] {"/process-instance/" + report + "/variables",
                "{\"modifications\": {\"reportAccepted\": {\"value\": true, \"type\": \"Boolean\"}}}"});
        aroundTheForm.forEach((what, request) -> {
            HttpResponse<String> response = jiangsu.postJson("/engine-rest" + request[0], request[1]);
            assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(403);
        });

        Task review = engine.getTaskService().createTaskQuery().taskId(reviewId).singleResult();
        assertThat(review).as("SIPO's review stays open").isNotNull();
        assertThat(review.getAssignee()).isNull();
        assertThat(candidateGroups(reviewId)).containsExactly("sipo");
        assertThat(engine.getRuntimeService().getVariable(report, "reportAccepted")).isNull();
        assertThat(register.reportsOf("321100-zj")).isEmpty();
    }

    @Test
    void CA_15_aReportNotInByTheEndOfJanuary_isEscalatedToSipo_theDepartmentReadsTheEscalationOnly() throws Exception {
        String report = reportOwed("320900-yc", "Yancheng Service Reform Area");
        cases.at("2016-01-31T23:59", "320900-yc");
        assertThat(cases.tasks("320900-yc", AnnualReportProcess.TASK_ESCALATE)).isEmpty();
        cases.at("2016-02-01T00:00", "320900-yc");

        Task escalation = cases.task("320900-yc", AnnualReportProcess.TASK_ESCALATE);
        EngineClock.setTo("2016-02-02T09:00");
        assertThat(candidateGroups(escalation.getId())).containsExactly("sipo");
        assertThat(filtered(jiangsu, TasklistFilters.REPORTS_TO_MY_OFFICE, report)).contains(escalation.getId());
        assertThat(filtered(jiangsu, TasklistFilters.OVERDUE, report)).doesNotContain(escalation.getId());
        assertThat(filtered(sipo, TasklistFilters.OVERDUE, report)).contains(escalation.getId());
        assertThat(jiangsu.postJson("/engine-rest/task/" + escalation.getId() + "/submit-form",
                form(Escalations.followedUpInAMonth(EscalationStep.REMINDER_SENT))).statusCode()).isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(escalation.getId()).count()).isOne();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(report).singleResult())
                .isWaitingAt(AnnualReportProcess.TASK_SUBMIT, AnnualReportProcess.TASK_ESCALATE);
    }

    @Test
    void CA_15_aDemonstrativeAreasReport_reachesItsProvincialDepartmentAsWell() throws Exception {
        EngineClock.setTo("2019-07-01T09:00");
        cases.startAreaTerm(DemonstrativeAreaTermProcess.KEY, "320300-xz", "Xuzhou Hi-tech Zone", Title.DEMONSTRATIVE_AREA,
                "CA-17", LocalDate.of(2019, 7, 1));
        cases.at("2020-01-01T00:00", "320300-xz");
        Task submit = cases.task("320300-xz", AnnualReportProcess.TASK_SUBMIT);
        String report = submit.getProcessInstanceId();
        assertThat(engine.getRuntimeService().getVariable(report, AnnualReportProcess.In.ALSO_REPORTED_TO.name()))
                .isEqualTo("province-32");
        assertThat(filtered(jiangsu, TasklistFilters.REPORTS_TO_MY_OFFICE, report)).containsExactly(submit.getId());
        assertThat(filtered(zhejiang, TasklistFilters.REPORTS_TO_MY_OFFICE, report)).isEmpty();
    }
}
