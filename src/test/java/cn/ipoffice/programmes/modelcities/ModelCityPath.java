package cn.ipoffice.programmes.modelcities;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Apply;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Score;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess.Vars;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationTest;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.support.AssessmentRounds;
import cn.ipoffice.programmes.support.Cases;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.SipoCalls;
import cn.ipoffice.programmes.support.SpringEngine;
import cn.ipoffice.programmes.support.SipoFigures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * A city's way to the model title and through its terms, every fact entered as the offices enter it: the cases'
 * start forms and task forms, submitted as Tasklist submits them, and SIPO's national figures over the register's
 * HTTP API. Nothing is written into the register directly: the province grades the pilot and fostering years (PM-9),
 * SIPO examines the model years (PM-23, I-8), and each step of a case records what it decides.
 */
final class ModelCityPath {

    /** SIPO's reviewer at the register's HTTP API. */
    static final String SIPO_USER = "path-sipo";
    /**
     * Three more pilot cities, below the city in SIPO's figures: the top 30% of PM-18(iv) and (vi) needs four cities
     * ranked at the least (rank 1 of 4; I-7). They become pilot cities as any city does, by their applications.
     */
    private static final Map<String, String> PEERS = Map.of("320200", "Wuxi", "320100", "Nanjing", "320400", "Changzhou");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Cases cases;
    private final String code;
    private final String name;

    ModelCityPath(Cases cases, String code, String name) {
        this.cases = cases;
        this.code = code;
        this.name = name;
    }

    /**
     * The whole way from a pilot-city application in October 2014 to the model title on 10 March 2020, with its PM-21
     * work plan recorded: "excellent" in 2016, 2017 (pilot years) and 2018 (fostering), "average" in 2015 and 2019.
     */
    ModelCityPath toModelTitleOn10March2020() {
        peersArePilotCities("2014-10-08");
        pilotCity("2014-10-08", "2015-03-01");
        pilotWorkPlan("2015-03-18");
        provinceAssesses(2016, "AVERAGE", "72");
        provinceAssesses(2017, "EXCELLENT", "91");
        provinceAssesses(2018, "EXCELLENT", "88");
        accepted(78, "2018-04-20");
        fosteringPlan("2018-06-01");
        provinceAssesses(2019, "EXCELLENT", "93");
        provinceAssesses(2020, "AVERAGE", "75");
        figures(2019, code, "2020-02-03T10:00");
        appliesAsModelCity("2020-02-10");
        selected("2020-03-10");
        modelWorkPlan("2020-03-20");
        return this;
    }

    /** The peers apply, are recommended and approved as pilot cities on {@code appliedOn}, unless already in the register. */
    void peersArePilotCities(String appliedOn) {
        Map<String, String> approved = new HashMap<>();
        PEERS.forEach((peer, peerName) -> {
            if (Http.member(SIPO_USER, "sipo").get("/api/register/holders/" + peer).statusCode() == 404) {
                new ModelCityPath(cases, peer, peerName).filesPilotApplication(appliedOn);
                approved.put(peer, YearlyCallProcess.APPROVE);
            }
        });
        if (!approved.isEmpty()) {
            SipoCalls.pilotCities(SpringEngine.bean(ProcessEngine.class)).run(appliedOn, approved);
        }
    }

    /** PM-3 to PM-7: the city applies, the province investigates, deliberates and files, SIPO approves in its call. */
    void pilotCity(String appliedOn, String replyNoticeDate) {
        filesPilotApplication(appliedOn);
        SipoCalls.pilotCities(SpringEngine.bean(ProcessEngine.class)).approve(code, replyNoticeDate);
    }

    /** PM-3 to PM-6: the city applies, the province investigates, deliberates and files with SIPO. */
    private void filesPilotApplication(String appliedOn) {
        EngineClock.setTo(appliedOn + "T09:00");
        SipoFigures.ofThePreviousYear(code);
        cases.apply(PilotCityApplicationProcess.KEY,
                PilotCityApplicationTest.application(code, name, "PREFECTURE_LEVEL_CITY"));
        PilotCityApplicationTest.recommendAndFile(cases, code, appliedOn);
    }

    /** PM-8: the city's government issues the pilot work plan and sets up the mechanism. */
    void pilotWorkPlan(String issuedOn) {
        EngineClock.setTo(issuedOn + "T16:00");
        cases.submit(code, PilotCityRoundProcess.TASK_RECORD_WORK_PLAN, Map.of(
                PilotCityRoundProcess.Vars.PLAN_ISSUED_ON.name(), issuedOn,
                PilotCityRoundProcess.Vars.PLAN_REFERENCE.name(), name + " Zheng Fa [" + issuedOn.substring(0, 4) + "] No. 1",
                PilotCityRoundProcess.Vars.MECHANISM_ESTABLISHED.name(), true));
    }

    /**
     * A pilot or fostering year's 1 January: the annual report (PM-12) submitted and reviewed; on 1 February the
     * province's assessment round of the year before (PM-9), where the city gets {@code grade} and {@code score} and
     * the province's other cities of that year an ordinary grade; the rank is computed.
     */
    void provinceAssesses(int reportYear, String grade, String score) {
        annualReport(reportYear);
        new AssessmentRounds(SpringEngine.bean(ProcessEngine.class)).assessOn1February(code, reportYear - 1, grade,
                score);
    }

    /** PM-13, PM-14: the pilot term expired; the province's acceptance and its materials to SIPO the same day. */
    void accepted(double score, String endedOn) {
        cases.at(endedOn + "T09:00", code);
        cases.submit(code, PilotCityRoundProcess.TASK_HOLD_ACCEPTANCE, Map.of(
                PilotCityRoundProcess.Vars.ACCEPTANCE_SCORE.name(), score,
                PilotCityRoundProcess.Vars.ACCEPTANCE_ENDED_ON.name(), endedOn));
        cases.submit(code, PilotCityRoundProcess.TASK_HAND_OVER, Map.of(
                PilotCityRoundProcess.Vars.HANDED_OVER_ON.name(), endedOn,
                "materialsReference", "Su Zhi [" + endedOn.substring(0, 4) + "] No. 3"));
    }

    /** PM-15: the city's government issues the fostering plan; the fostering cycle begins on its day. */
    void fosteringPlan(String issuedOn) {
        EngineClock.setTo(issuedOn + "T16:00");
        cases.submit(code, PilotCityRoundProcess.TASK_RECORD_NEXT_STAGE, Map.of(
                PilotCityRoundProcess.Vars.NEXT_STAGE.name(), "FOSTERING",
                PilotCityRoundProcess.Vars.NEXT_STAGE_PLAN_ISSUED_ON.name(), issuedOn,
                "nextStageThemes", "Patent operation for the advanced manufacturing clusters",
                "nextStagePlanReference", name + " Zheng Fa [" + issuedOn.substring(0, 4) + "] No. 9"));
    }

    /**
     * PM-18(iv), (vi): SIPO's figures of {@code year} for every city in the register, {@code best} first, recorded
     * over the register's HTTP API on {@code at}.
     */
    static void figures(int year, String best, String at) {
        EngineClock.setTo(at);
        Http sipo = Http.member(SIPO_USER, "sipo");
        ArrayNode rows = JSON.createArrayNode();
        int below = 0;
        for (JsonNode holder : read(sipo.get("/api/register/holders"))) {
            String id = holder.get("id").asText();
            if (!id.contains("-")) {
                rows.addObject().put("holderId", id).put("enforcementScore", id.equals(best) ? 98 : 80 - below)
                        .put("pledgeFinancing", id.equals(best) ? 900000 : 600000 - 10000 * below);
                below += id.equals(best) ? 0 : 1;
            }
        }
        HttpResponse<String> recorded = sipo.putJson("/api/register/figures/" + year, rows.toString());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
    }

    /**
     * PM-18, PM-19: the city applies on its start form, attesting the conditions; the province scores it by the
     * indicator system of Appendix 2 and recommends it.
     */
    void appliesAsModelCity(String appliedOn) {
        EngineClock.setTo(appliedOn + "T09:00");
        Map<String, Object> application = attested();
        application.put(Apply.CITY_CODE.name(), code);
        cases.apply(ModelCityApplicationProcess.KEY, application);
        cases.submit(code, ModelCityApplicationProcess.TASK_SCORE_CANDIDATE, scores("86.5"));
        cases.submit(code, ModelCityApplicationProcess.TASK_RECOMMEND, Map.of(Decide.RECOMMENDATION.name(), "RECOMMEND",
                "recommendationRemarks", "Best of the province"));
    }

    /**
     * PM-20, I-14: SIPO selects the recommended city in its yearly call for model cities, which closes on the reply
     * notice date; the list is approved the day after with that date, which starts the model term.
     */
    void selected(String replyNoticeDate) {
        SipoCalls.modelCities(SpringEngine.bean(ProcessEngine.class)).approve(code, replyNoticeDate);
    }

    /** PM-21: the mechanism and the model-city work plan. */
    void modelWorkPlan(String issuedOn) {
        EngineClock.setTo(issuedOn + "T16:00");
        cases.submit(code, ModelCityTermProcess.TASK_RECORD_WORK_PLAN, Map.of("modelPlanIssuedOn", issuedOn,
                "modelPlanReference", name + " Fu Fa [" + issuedOn.substring(0, 4) + "] No. 30",
                "mechanismEstablished", true));
    }

    /**
     * A model year's 1 January: the annual summary to SIPO (PM-26) submitted and reviewed, and SIPO's examination of
     * the year before (PM-23): its grade, the patent strength index and the share of the work plan's targets met.
     */
    void sipoExamines(int reportYear, String grade, double patentStrengthIndex, double targetsMetPercent) {
        annualReport(reportYear);
        if (cases.tasks(code, ModelCityExaminationProcess.TASK_EXAMINE).isEmpty()) {
            HttpResponse<String> opened = opensExaminationRound(reportYear - 1);
            assertThat(opened.statusCode()).as("SIPO opens the round of " + (reportYear - 1) + ": " + opened.body())
                    .isEqualTo(200);
        }
        cases.submit(code, ModelCityExaminationProcess.TASK_EXAMINE, examination(grade, patentStrengthIndex, targetsMetPercent));
    }

    /** PM-23: SIPO opens the yearly examination round of the model cities on its start form in Tasklist. */
    static HttpResponse<String> opensExaminationRound(int year) {
        return Http.member(SIPO_USER, "sipo").postJson("/engine-rest/process-definition/key/"
                + ModelExaminationRoundProcess.KEY + "/submit-form",
                "{\"variables\": {\"examinationYear\": {\"value\": " + year + ", \"type\": \"Integer\"}}}");
    }

    static Map<String, Object> examination(String grade, double patentStrengthIndex, double targetsMetPercent) {
        return Map.of(ModelCityExaminationProcess.Vars.EXAMINATION_GRADE.name(), grade, ModelCityExaminationProcess.Vars.PATENT_STRENGTH_INDEX.name(), patentStrengthIndex,
                ModelCityExaminationProcess.Vars.TARGETS_MET_PERCENT.name(), targetsMetPercent,
                "examinationRemarks", "Work plan and patent strength monitored");
    }

    /**
     * PM-27: the term expired on the day before {@code expiredAt}; the city applies for its reexamination on
     * {@code appliedOn} through its province, which scores it (PM-19(ii)), SIPO's figures of the year before on record. Answers what the reexamination's form shows
     * of the re-check of PM-18 (PM-28).
     */
    String appliesForReexamination(String expiredAt, String appliedOn) {
        cases.at(expiredAt, code);
        figures(Integer.parseInt(appliedOn.substring(0, 4)) - 1, code, appliedOn + "T08:00");
        EngineClock.setTo(appliedOn + "T09:00");
        Map<String, Object> application = attested();
        application.put("reexaminationAppliedOn", appliedOn);
        cases.submit(code, ModelCityTermProcess.TASK_APPLY_REEXAMINATION, application);
        cases.submit(code, ModelCityTermProcess.TASK_SCORE_FOR_REEXAMINATION, scores("86"));
        return (String) cases.shown(code, ModelCityTermProcess.TASK_REEXAMINE, Decide.CONDITIONS_FINDINGS.name());
    }

    /** PM-28, PM-29: SIPO's decision on the reexamination form. */
    void reexamined(String decision, String decidedOn) {
        EngineClock.setTo(decidedOn + "T10:00");
        cases.submit(code, ModelCityTermProcess.TASK_REEXAMINE, reexamination(decision, decidedOn));
    }

    static Map<String, Object> reexamination(String decision, String decidedOn) {
        return Map.of(Vars.REEXAMINATION_DECISION.name(), decision, Vars.REEXAMINED_ON.name(), decidedOn,
                "reexaminationRemarks", "Examinations, patent strength and plan targets weighed", "fieldVisit", true);
    }

    /** The register's view of the city over HTTP, as SIPO reads it. */
    JsonNode onRecord() {
        return read(Http.member(SIPO_USER, "sipo").get("/api/register/holders/" + code));
    }

    /** 1 January of the report year: the report owed that day is submitted and reviewed within January. */
    private void annualReport(int reportYear) {
        cases.at(reportYear + "-01-01T00:00", code);
        EngineClock.setTo(reportYear + "-01-15T10:00");
        cases.submit(code, AnnualReportProcess.TASK_SUBMIT, Map.of(
                AnnualReportProcess.Form.WORK_SUMMARY.name(), "The summary of " + name + "'s work in " + (reportYear - 1),
                AnnualReportProcess.Form.CURRENT_YEAR_PLAN.name(), "The work plan of " + name + " for " + reportYear));
        cases.submit(code, AnnualReportProcess.TASK_REVIEW, Map.of(AnnualReportProcess.Form.REPORT_ACCEPTED.name(), true));
    }

    private static Map<String, Object> attested() {
        Map<String, Object> form = new HashMap<>();
        form.put(Apply.IP_IN_GOVERNMENT_ASSESSMENT.name(), true);
        form.put(Apply.AMONG_BEST_NATIONALLY.name(), true);
        form.put(Apply.QUALITY_ORIENTED_FUNDING.name(), true);
        form.put(Apply.NO_MAJOR_INFRINGEMENT.name(), true);
        return form;
    }

    /** The scores of Appendix 2 (PM-18(ix)), as the province enters them on an application and on a reexamination. */
    private static Map<String, Object> scores(String weightedTotal) {
        return Map.of(Score.OBJECTIVE_STRENGTH.name(), 72.5, Score.WEIGHTED_TOTAL.name(), Double.parseDouble(weightedTotal));
    }

    private static JsonNode read(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
