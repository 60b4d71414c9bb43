package cn.ipoffice.programmes.support;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Decide;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Open;
import cn.ipoffice.programmes.calls.YearlyCallProcess.Publish;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.CallProgramme;
import cn.ipoffice.programmes.register.CallState;
import cn.ipoffice.programmes.register.YearlyCall;
import cn.ipoffice.programmes.register.YearlyCalls;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * SIPO's yearly call of one programme (PM-7 pilot cities, PM-20 model cities, CA-8 cluster areas, I-14) as SIPO runs
 * it in Tasklist: opened through its start form, closed by its timer as the engine clock passes 24:00 CST of the
 * closing date, every application of the batch decided through its form, and the list approved with its one reply
 * notice date.
 */
public final class SipoCalls {

    /** What SIPO's reviewers write for an application of the batch that a test does not decide itself. */
    public static final String NOT_ON_THIS_LIST = "Not on this year's list";

    private final ProcessEngine engine;
    private final CallProgramme programme;
    private final YearlyCalls calls;

    private SipoCalls(ProcessEngine engine, CallProgramme programme) {
        this.engine = engine;
        this.programme = programme;
        this.calls = SpringEngine.bean(YearlyCalls.class);
    }

    /** SIPO's calls for pilot cities (PM-7). */
    public static SipoCalls pilotCities(ProcessEngine engine) {
        return new SipoCalls(engine, CallProgramme.PILOT_CITY);
    }

    /** SIPO's calls for model cities (PM-20). */
    public static SipoCalls modelCities(ProcessEngine engine) {
        return new SipoCalls(engine, CallProgramme.MODEL_CITY);
    }

    /** SIPO's calls for cluster development areas (CA-8). */
    public static SipoCalls clusterAreas(ProcessEngine engine) {
        return new SipoCalls(engine, CallProgramme.CLUSTER_AREA);
    }

    /** The start form of a call for pilot cities. */
    public static Map<String, Object> startForm(int year, String closingDate, Integer quotaPerProvince) {
        return startForm(CallProgramme.PILOT_CITY, year, closingDate, quotaPerProvince);
    }

    public static Map<String, Object> startForm(CallProgramme programme, int year, String closingDate,
            Integer quotaPerProvince) {
        Map<String, Object> form = new HashMap<>();
        form.put(Open.PROGRAMME.name(), programme.name());
        form.put(Open.YEAR.name(), year);
        form.put(Open.CLOSING_DATE.name(), closingDate);
        form.put(Open.QUOTA_PER_PROVINCE.name(), quotaPerProvince);
        return form;
    }

    /** SIPO opens the call through its start form; answers the call's case. */
    public String open(int year, String closingDate, Integer quotaPerProvince) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(YearlyCallProcess.KEY).latestVersion().singleResult().getId();
        return engine.getFormService().submitStartForm(definitionId, startForm(programme, year, closingDate, quotaPerProvince))
                .getId();
    }

    public YearlyCall call(int year) {
        return calls.call(programme, year).orElseThrow();
    }

    /** Moves the engine clock (CST) and runs the call's due jobs: its closing at 24:00 of the closing date. */
    public void at(String cstDateTime, String callCaseId) {
        EngineClock.setTo(cstDateTime);
        EngineClock.runDueJobs(engine.getManagementService(), callCaseId);
    }

    /** The call's open task with this key, if any. */
    public Optional<Task> task(String callCaseId, String taskKey) {
        return Optional.ofNullable(engine.getTaskService().createTaskQuery().processInstanceId(callCaseId)
                .taskDefinitionKey(taskKey).singleResult());
    }

    /** The applicant of the batch's application SIPO decides now. */
    public String applicantNow(String callCaseId) {
        Task task = task(callCaseId, YearlyCallProcess.TASK_DECIDE).orElseThrow();
        return (String) engine.getFormService().getTaskFormVariables(task.getId()).getValue(Decide.APPLICANT_CODE.name(),
                Object.class);
    }

    /** SIPO decides the batch's current application through its form (APPROVE, or REJECT with the reason). */
    public void decideNext(String callCaseId, String decision, String reason) {
        Task task = task(callCaseId, YearlyCallProcess.TASK_DECIDE).orElseThrow();
        Map<String, Object> form = new HashMap<>();
        form.put(Decide.CENTRAL_DECISION.name(), decision);
        if (reason != null) {
            form.put(Decide.REJECTION_REASON.name(), reason);
        }
        engine.getFormService().submitTaskForm(task.getId(), form);
    }

    /**
     * SIPO decides every application of the batch through its form: APPROVE for the holders named so, REJECT with
     * the reason given for the others named, and REJECT {@link #NOT_ON_THIS_LIST} for any other.
     */
    public void decideAll(String callCaseId, Map<String, String> decisions) {
        while (task(callCaseId, YearlyCallProcess.TASK_DECIDE).isPresent()) {
            String decision = decisions.getOrDefault(applicantNow(callCaseId), NOT_ON_THIS_LIST);
            boolean approve = decision.equals(YearlyCallProcess.APPROVE);
            decideNext(callCaseId, approve ? YearlyCallProcess.APPROVE : YearlyCallProcess.REJECT, approve ? null : decision);
        }
    }

    /** SIPO approves the list through its form with its one reply notice date, which publishes it. */
    public void approveList(String callCaseId, String replyNoticeDate) {
        Task task = task(callCaseId, YearlyCallProcess.TASK_APPROVE_LIST).orElseThrow();
        engine.getFormService().submitTaskForm(task.getId(), Map.of(Publish.REPLY_NOTICE_DATE.name(), replyNoticeDate));
    }

    /**
     * One whole call around the holders' waiting applications, as SIPO runs it: opened now (if no call is open) for the
     * clock's year, or the first year without a call, closing on the reply notice date; closed as the clock passes
     * its closing; the holders decided ({@code APPROVE} or a reason to reject), any other application of the batch
     * rejected; the list approved with the reply notice date at 10:00 CST of the day after. The clock's day must not
     * be after the reply notice date.
     */
    public String run(String replyNoticeDate, Map<String, String> decisions) {
        LocalDate reply = LocalDate.parse(replyNoticeDate);
        LocalDate today = DeadlineCalendar.dayOf(ClockUtil.getCurrentTime().toInstant());
        List<YearlyCall> open = calls.calls().stream().filter(c -> c.getProgramme() == programme
                && c.getState() == CallState.OPEN).toList();
        String callCase;
        if (open.isEmpty()) {
            if (today.isAfter(reply)) {
                throw new IllegalStateException("A call decided on " + reply + " must open by then; the clock is at " + today);
            }
            int year = today.getYear();
            while (calls.call(programme, year).isPresent()) {
                year++;
            }
            callCase = open(year, replyNoticeDate, null);
        } else {
            callCase = open.get(0).getProcessInstanceId();
        }
        at(reply.plusDays(1) + "T10:00", callCase);
        decideAll(callCase, decisions);
        approveList(callCase, replyNoticeDate);
        return callCase;
    }

    /** SIPO approves the holder's waiting application in a call whose list has this reply notice date. */
    public String approve(String holderId, String replyNoticeDate) {
        return run(replyNoticeDate, Map.of(holderId, YearlyCallProcess.APPROVE));
    }

    /** SIPO rejects the holder's waiting application, with the reason, in a call that closes today. */
    public String reject(String holderId, String reason) {
        LocalDate today = DeadlineCalendar.dayOf(ClockUtil.getCurrentTime().toInstant());
        return run(today.toString(), Map.of(holderId, reason));
    }
}
