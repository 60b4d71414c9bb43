package cn.ipoffice.programmes.calls;

import static cn.ipoffice.programmes.support.EngineClock.cstDate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.ipoffice.programmes.calls.YearlyCallProcess.Batch;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Decide;
import cn.ipoffice.programmes.casework.CaseRefusedException;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.pilotcities.DemonstrationFosteringProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationTest;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.CallDecision;
import cn.ipoffice.programmes.register.CallProgramme;
import cn.ipoffice.programmes.register.CallState;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.register.YearlyCall;
import cn.ipoffice.programmes.register.YearlyCalls;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.SipoCalls;
import cn.ipoffice.programmes.support.SipoFigures;
import cn.ipoffice.programmes.support.ProcessCoverage;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SIPO's yearly call for pilot cities and its list (PM-7, I-14), every path of its diagram: opened through its start
 * form, closed at 24:00 CST of its closing date, its batch decided one by one and its list approved under one reply
 * notice date, which starts every approved term. Each test ends with no application left waiting and no call open.
 */
@ProcessCoverage(exclude = {PilotCityApplicationProcess.KEY, PilotCityRoundProcess.KEY, DemonstrationFosteringProcess.KEY,
        "annual-report"}, atLeast = 1.0)
class YearlyCallTest extends CaseTest {

    @Autowired
    private YearlyCalls yearlyCalls;
    private SipoCalls calls;

    @BeforeEach
    void setUp() {
        calls = SipoCalls.pilotCities(engine);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    /** A city applies and its province files the application with SIPO, at the engine clock's time. */
    private ProcessInstance filed(String code, String name) {
        SipoFigures.ofThePreviousYear(code);
        cases.apply(PilotCityApplicationProcess.KEY, PilotCityApplicationTest.application(code, name, "PREFECTURE_LEVEL_CITY"));
        PilotCityApplicationTest.recommendAndFile(cases, code, today());
        return cases.running(PilotCityApplicationProcess.KEY, code);
    }

    private static String today() {
        return DeadlineCalendar.dayOf(ClockUtil.getCurrentTime().toInstant()).toString();
    }

    private Object shown(Task task, String field) {
        return engine.getFormService().getTaskFormVariables(task.getId()).getValue(field, Object.class);
    }

    private String callStatus(ProcessInstance application) {
        return (String) engine.getRuntimeService().getVariable(application.getId(),
                PilotCityApplicationProcess.Decide.CALL_STATUS.name());
    }

    private ProcessInstance callCase(String id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    @Test
    void pm7_i14_aCallWithApplicationsFromThreeProvinces_oneList_oneReplyNoticeDate_theApprovedTermsStartOnIt() {
        EngineClock.setTo("2027-03-01T09:00");
        String call = calls.open(2027, "2027-06-30", null);
        ProcessInstance callInstance = callCase(call);
        assertThat(callInstance).isWaitingAt(YearlyCallProcess.TIMER_CLOSES);
        Job closing = engine.getManagementService().createJobQuery().processInstanceId(call).singleResult();
        assertThat(closing.getDuedate()).as("24:00 CST of the closing date").isEqualTo(cstDate("2027-07-01T00:00"));
        YearlyCall opened = calls.call(2027);
        assertThat(opened.getState()).isEqualTo(CallState.OPEN);
        assertThat(opened.getClosingDate()).isEqualTo(LocalDate.of(2027, 6, 30));

        EngineClock.setTo("2027-04-02T10:00");
        ProcessInstance wuxi = filed("320200", "Wuxi");
        ProcessInstance yancheng = filed("320900", "Yancheng");
        ProcessInstance hefei = filed("340100", "Hefei");
        ProcessInstance jinan = filed("370100", "Jinan");
        assertThat(wuxi).isWaitingAt(PilotCityApplicationProcess.EVENT_AWAIT_CALL);
        assertThat(callStatus(wuxi)).isEqualTo("Filed with SIPO on 2027-04-02 within SIPO's 2027 call for pilot cities,"
                + " which closes on 2027-06-30 at 24:00 CST; SIPO decides it with the call's batch (PM-7, I-14)");

        // Filed at the first minute after the closing: it waits for the next call, and says so.
        EngineClock.setTo("2027-07-01T00:00");
        ProcessInstance ningbo = filed("330200", "Ningbo");
        assertThat(callStatus(ningbo)).isEqualTo("Filed with SIPO on 2027-07-01, after the closing of SIPO's 2027 call"
                + " for pilot cities on 2027-06-30: it waits for SIPO's next call (PM-7, I-14)");
        assertThat(Http.member("calls-zhejiang", "province-33").get("/api/register/applications?programme=PILOT_CITY")
                .body()).as("the register shows it filed and waiting").contains("\"holderId\":\"330200\"")
                .contains("\"status\":\"FILED_WAITING_FOR_THE_NEXT_CALL\"").doesNotContain("320200");

        calls.at("2027-07-01T00:00", call);
        assertThat(callInstance).hasPassed(YearlyCallProcess.TASK_TAKE_BATCH)
                .isWaitingAt(YearlyCallProcess.TASK_DECIDE);
        assertThat(calls.call(2027).getState()).isEqualTo(CallState.CLOSED);
        assertThat(yearlyCalls.batchOf(opened.getId())).extracting(a -> a.getHolderId())
                .containsExactly("320200", "320900", "340100", "370100");
        assertThat(yearlyCalls.waiting(CallProgramme.PILOT_CITY)).extracting(a -> a.getHolderId()).containsExactly("330200");

        Task first = calls.task(call, YearlyCallProcess.TASK_DECIDE).orElseThrow();
        assertThat(first).hasCandidateGroup("sipo");
        assertThat(first.getName()).isEqualTo("Decide on Wuxi (320200) for the 2027 list of pilot cities (PM-7)");
        assertThat(first.getDueDate()).isEqualTo(cstDate("2027-10-02T00:00"));
        assertThat((String) shown(first, Decide.ELIGIBILITY_FINDINGS.name())).contains("Met - PM-5");
        assertThat(shown(first, Decide.FILED_ON.name())).isEqualTo("2027-04-02");
        assertThat(shown(first, Decide.APPLICANT_NAME.name())).isEqualTo("Wuxi");
        assertThat(shown(first, Decide.FEATURED_THEMES.name()))
                .isEqualTo("Patent navigation for the Internet of Things industry");
        calls.decideAll(call, Map.of("320200", YearlyCallProcess.APPROVE, "340100", YearlyCallProcess.APPROVE,
                "370100", YearlyCallProcess.APPROVE, "320900", "Themes overlap with neighbouring pilots"));

        Task approval = calls.task(call, YearlyCallProcess.TASK_APPROVE_LIST).orElseThrow();
        assertThat(approval.getName()).isEqualTo("Approve the 2027 list of pilot cities (PM-7)");
        assertThat(approval).hasCandidateGroup("sipo");
        assertThat((String) engine.getRuntimeService().getVariable(call, Batch.LIST_SUMMARY.name()))
                .contains("Approved - Wuxi (320200)").contains("Approved - Hefei (340100)")
                .contains("Approved - Jinan (370100)")
                .contains("Refused - Yancheng (320900): Themes overlap with neighbouring pilots");
        assertThat(register.holder("320200")).as("nothing is published before the list is approved").isEmpty();

        EngineClock.setTo("2027-07-20T10:00");
        calls.approveList(call, "2027-07-15");

        assertThat(callInstance).isEnded().hasPassedInOrder(YearlyCallProcess.START, YearlyCallProcess.TASK_OPEN,
                YearlyCallProcess.TIMER_CLOSES, YearlyCallProcess.TASK_TAKE_BATCH, YearlyCallProcess.GATEWAY_ANY_FILED,
                YearlyCallProcess.TASK_DECIDE, YearlyCallProcess.TASK_APPROVE_LIST, YearlyCallProcess.TASK_PUBLISH,
                YearlyCallProcess.END_PUBLISHED);
        YearlyCall published = calls.call(2027);
        assertThat(published.getState()).isEqualTo(CallState.PUBLISHED);
        assertThat(published.getReplyNoticeDate()).isEqualTo(LocalDate.of(2027, 7, 15));
        assertThat(yearlyCalls.batchOf(published.getId()))
                .extracting(a -> a.getHolderId(), a -> a.getDecision(), a -> a.getReason())
                .containsExactly(tuple("320200", CallDecision.APPROVED, null),
                        tuple("320900", CallDecision.REFUSED, "Themes overlap with neighbouring pilots"),
                        tuple("340100", CallDecision.APPROVED, null), tuple("370100", CallDecision.APPROVED, null));
        for (String approved : new String[] {"320200", "340100", "370100"}) {
            Designation title = register.activeDesignation(approved, Title.PILOT_CITY).orElseThrow();
            assertThat(title.getTermStart()).as(approved).isEqualTo(LocalDate.of(2027, 7, 15));
            assertThat(title.getTermEnd()).as(approved).isEqualTo(LocalDate.of(2030, 7, 14));
            assertThat(cases.running(PilotCityRoundProcess.KEY, approved)).as(approved).isNotNull();
        }
        for (ProcessInstance approved : new ProcessInstance[] {wuxi, hefei, jinan}) {
            assertThat(approved).isEnded().hasPassed(PilotCityApplicationProcess.EVENT_AWAIT_CALL,
                    PilotCityApplicationProcess.TASK_RECORD_TITLE, PilotCityApplicationProcess.END_APPROVED);
        }
        assertThat(yancheng).isEnded().hasPassed(PilotCityApplicationProcess.END_REJECTED);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(yancheng.getId())
                .variableName(PilotCityApplicationProcess.Decide.REJECTION_REASON.name()).singleResult().getValue())
                .isEqualTo("Themes overlap with neighbouring pilots");
        assertThat(register.holder("320900")).isEmpty();
        assertThat(ningbo).isWaitingAt(PilotCityApplicationProcess.EVENT_AWAIT_CALL);

        // The next year's call takes the application that came too late for 2027.
        EngineClock.setTo("2028-01-10T09:00");
        String next = calls.open(2028, "2028-03-31", null);
        calls.at("2028-03-31T23:59", next);
        assertThat(callCase(next)).isWaitingAt(YearlyCallProcess.TIMER_CLOSES);
        calls.at("2028-04-01T00:00", next);
        assertThat(calls.applicantNow(next)).isEqualTo("330200");
        calls.decideAll(next, Map.of("330200", YearlyCallProcess.APPROVE));
        EngineClock.setTo("2028-04-12T10:00");
        calls.approveList(next, "2028-04-10");
        assertThat(ningbo).isEnded().hasPassed(PilotCityApplicationProcess.END_APPROVED);
        assertThat(register.activeDesignation("330200", Title.PILOT_CITY).orElseThrow().getTermStart())
                .isEqualTo(LocalDate.of(2028, 4, 10));
    }

    @Test
    void i14_filedAt2359OfTheClosingDate_isInTheCall_filedAt0000WaitsForTheNextCall() {
        EngineClock.setTo("2029-02-01T09:00");
        String call = calls.open(2029, "2029-05-31", null);

        EngineClock.setTo("2029-05-31T23:59");
        ProcessInstance inTime = filed("320500", "Suzhou");
        assertThat(callStatus(inTime)).contains("within SIPO's 2029 call");
        calls.at("2029-05-31T23:59", call);
        assertThat(callCase(call)).isWaitingAt(YearlyCallProcess.TIMER_CLOSES);

        EngineClock.setTo("2029-06-01T00:00");
        ProcessInstance late = filed("320600", "Nantong");
        assertThat(callStatus(late)).contains("after the closing of SIPO's 2029 call").contains("waits for SIPO's next call");
        calls.at("2029-06-01T00:00", call);
        assertThat(calls.applicantNow(call)).isEqualTo("320500");
        calls.decideAll(call, Map.of("320500", YearlyCallProcess.APPROVE));
        calls.approveList(call, "2029-06-01");
        assertThat(inTime).isEnded().hasPassed(PilotCityApplicationProcess.END_APPROVED);
        assertThat(late).isWaitingAt(PilotCityApplicationProcess.EVENT_AWAIT_CALL);
        assertThat(yearlyCalls.batchOf(calls.call(2029).getId())).extracting(a -> a.getHolderId()).containsExactly("320500");

        // Filed when no call is open: it waits, and says so; the next call takes it.
        EngineClock.setTo("2029-07-01T09:00");
        ProcessInstance noCall = filed("320700", "Lianyungang");
        assertThat(callStatus(noCall)).isEqualTo("Filed with SIPO on 2029-07-01, when no call for pilot cities was open:"
                + " it waits for SIPO's next call (PM-7, I-14)");
        String next = calls.open(2030, "2029-12-31", null);
        calls.at("2030-01-01T00:00", next);
        calls.decideAll(next, Map.of("320600", "Not recommended this year", "320700", "Not recommended this year"));
        calls.approveList(next, "2029-12-31");
        assertThat(late).isEnded().hasPassed(PilotCityApplicationProcess.END_REJECTED);
        assertThat(noCall).isEnded().hasPassed(PilotCityApplicationProcess.END_REJECTED);
    }

    @Test
    void i14_badInput_isRefusedWithTheFieldNamed_andNothingChanges() {
        EngineClock.setTo("2031-01-10T09:00");
        assertThatThrownBy(() -> calls.open(2031, "2031-06-30", -1)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("quotaPerProvince");
        assertThatThrownBy(() -> calls.open(2031, "2031-01-09", null)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("closingDate");
        assertThat(yearlyCalls.call(CallProgramme.PILOT_CITY, 2031)).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(YearlyCallProcess.KEY)
                .count()).isZero();

        // The closing date's own day is not in the past.
        String call = calls.open(2031, "2031-01-10", 2);
        assertThatThrownBy(() -> calls.open(2031, "2031-06-30", null)).isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("callYear").hasMessageContaining("2031 call for pilot cities")
                .hasMessageContaining("I-14");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(YearlyCallProcess.KEY)
                .count()).isEqualTo(1);
        assertThat(calls.call(2031).getClosingDate()).isEqualTo(LocalDate.of(2031, 1, 10));
        assertThat(calls.call(2031).getQuotaPerProvince()).isEqualTo(2);

        // Nothing filed by the closing: no list.
        calls.at("2031-01-11T00:00", call);
        assertThat(callCase(call)).isNull();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(call).singleResult()
                .getEndActivityId()).isEqualTo(YearlyCallProcess.END_NOTHING_FILED);
        assertThat(calls.call(2031).getState()).isEqualTo(CallState.CLOSED);
    }

    @Test
    void pm20_ca8_i14_badInputForAModelCityOrClusterAreaCall_isRefusedWithTheFieldNamed_andNothingChanges() {
        EngineClock.setTo("2032-01-10T09:00");
        for (SipoCalls programme : new SipoCalls[] {SipoCalls.modelCities(engine), SipoCalls.clusterAreas(engine)}) {
            assertThatThrownBy(() -> programme.open(2032, "2032-06-30", -1))
                    .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("quotaPerProvince");
            assertThatThrownBy(() -> programme.open(2032, "2032-01-09", null))
                    .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("closingDate");
        }
        assertThat(yearlyCalls.call(CallProgramme.MODEL_CITY, 2032)).isEmpty();
        assertThat(yearlyCalls.call(CallProgramme.CLUSTER_AREA, 2032)).isEmpty();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(YearlyCallProcess.KEY)
                .count()).isZero();

        // One call per programme and year: the model-city call of 2032 does not stand in the way of the areas' call.
        String models = SipoCalls.modelCities(engine).open(2032, "2032-06-30", 1);
        assertThatThrownBy(() -> SipoCalls.modelCities(engine).open(2032, "2032-09-30", null))
                .isInstanceOf(CaseRefusedException.class).hasMessageContaining("callYear")
                .hasMessageContaining("2032 call for model cities").hasMessageContaining("I-14");
        String areas = SipoCalls.clusterAreas(engine).open(2032, "2032-06-30", null);
        assertThatThrownBy(() -> SipoCalls.clusterAreas(engine).open(2032, "2032-09-30", null))
                .isInstanceOf(CaseRefusedException.class).hasMessageContaining("callYear")
                .hasMessageContaining("2032 call for cluster development areas");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(YearlyCallProcess.KEY)
                .count()).isEqualTo(2);
        assertThat(yearlyCalls.call(CallProgramme.MODEL_CITY, 2032).orElseThrow().getClosingDate())
                .isEqualTo(LocalDate.of(2032, 6, 30));
        assertThat(yearlyCalls.call(CallProgramme.MODEL_CITY, 2032).orElseThrow().getQuotaPerProvince()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(models, Batch.RULE_ID.name())).isEqualTo("PM-20");
        assertThat(engine.getRuntimeService().getVariable(areas, Batch.RULE_ID.name())).isEqualTo("CA-8");

        // Nothing filed by the closing: no list.
        SipoCalls.modelCities(engine).at("2032-07-01T00:00", models);
        SipoCalls.clusterAreas(engine).at("2032-07-01T00:00", areas);
        assertThat(callCase(models)).isNull();
        assertThat(callCase(areas)).isNull();
        assertThat(yearlyCalls.call(CallProgramme.CLUSTER_AREA, 2032).orElseThrow().getState()).isEqualTo(CallState.CLOSED);
    }

    @Test
    void pm7_aQuotaPerProvince_refusesAnApprovalBeyondIt_namingTheProvince_andNothingChanges() {
        EngineClock.setTo("2032-02-01T09:00");
        String call = calls.open(2032, "2032-04-30", 1);
        ProcessInstance xuzhou = filed("320300", "Xuzhou");
        ProcessInstance changzhou = filed("320400", "Changzhou");
        calls.at("2032-05-01T00:00", call);

        calls.decideNext(call, YearlyCallProcess.APPROVE, null);
        Task second = calls.task(call, YearlyCallProcess.TASK_DECIDE).orElseThrow();
        assertThat(calls.applicantNow(call)).isEqualTo("320400");
        assertThatThrownBy(() -> calls.decideNext(call, YearlyCallProcess.APPROVE, null))
                .isInstanceOf(CaseRefusedException.class).hasMessageContaining("centralDecision")
                .hasMessageContaining("province 32").hasMessageContaining("quota of 1");
        assertThat(calls.task(call, YearlyCallProcess.TASK_DECIDE).orElseThrow().getId()).isEqualTo(second.getId());
        assertThat(yearlyCalls.application(changzhou.getId()).orElseThrow().getDecision()).isNull();

        calls.decideNext(call, YearlyCallProcess.REJECT, "Jiangsu's quota of the year is reached");
        EngineClock.setTo("2032-05-10T09:00");
        calls.approveList(call, "2032-05-08");
        assertThat(xuzhou).isEnded().hasPassed(PilotCityApplicationProcess.END_APPROVED);
        assertThat(changzhou).isEnded().hasPassed(PilotCityApplicationProcess.END_REJECTED);
    }

    @Test
    void pm7_theListsReplyNoticeDate_isRequired_notBeforeTheClosing_notInTheFuture_andNothingChanges() {
        EngineClock.setTo("2033-02-01T09:00");
        String call = calls.open(2033, "2033-03-31", null);
        ProcessInstance yangzhou = filed("321000", "Yangzhou");
        calls.at("2033-04-01T00:00", call);
        calls.decideAll(call, Map.of("321000", YearlyCallProcess.APPROVE));
        EngineClock.setTo("2033-04-05T10:00");
        String taskId = calls.task(call, YearlyCallProcess.TASK_APPROVE_LIST).orElseThrow().getId();

        assertThatThrownBy(() -> engine.getFormService().submitTaskForm(taskId, Map.of()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("replyNoticeDate")
                .hasMessageContaining("required");
        assertThatThrownBy(() -> calls.approveList(call, "2033-03-30"))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("(replyNoticeDate) 2033-03-30 is before the call's closing date (closingDate) 2033-03-31");
        assertThatThrownBy(() -> calls.approveList(call, "2033-04-06"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("may not lie in the future");
        assertThat(calls.task(call, YearlyCallProcess.TASK_APPROVE_LIST).orElseThrow().getId()).isEqualTo(taskId);
        assertThat(calls.call(2033).getState()).isEqualTo(CallState.CLOSED);
        assertThat(register.holder("321000")).isEmpty();
        assertThat(yangzhou).isWaitingAt(PilotCityApplicationProcess.EVENT_AWAIT_CALL);

        calls.approveList(call, "2033-03-31");
        assertThat(register.activeDesignation("321000", Title.PILOT_CITY).orElseThrow().getTermStart())
                .isEqualTo(LocalDate.of(2033, 3, 31));
    }
}
