package cn.ipoffice.programmes.register;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SIPO's yearly calls and the year's lists in the register (PM-7, PM-20, CA-8, I-14). Every write joins the caller's
 * transaction, which for a delegate is the engine's: a call, its batch and its list change with the engine step
 * that decides them, or not at all.
 */
@Service
@Transactional
public class YearlyCalls {

    private final YearlyCallRepository calls;
    private final CallApplicationRepository applications;
    private final Clock clock;

    YearlyCalls(YearlyCallRepository calls, CallApplicationRepository applications, Clock clock) {
        this.calls = calls;
        this.applications = applications;
        this.clock = clock;
    }

    /** When a call closes: 24:00 China Standard Time of its closing date. */
    public static Instant closesAt(LocalDate closingDate) {
        return DeadlineCalendar.endOfDay(closingDate);
    }

    @Transactional(readOnly = true)
    public Optional<YearlyCall> call(CallProgramme programme, int year) {
        return calls.findByProgrammeAndYear(programme, year);
    }

    @Transactional(readOnly = true)
    public Optional<YearlyCall> call(long id) {
        return calls.findById(id);
    }

    @Transactional(readOnly = true)
    public List<YearlyCall> calls() {
        return calls.findAllByOrderByProgrammeAscYearAsc();
    }

    /** The open call of a programme that an application filed at {@code filedAt} is in time for, if any. */
    @Transactional(readOnly = true)
    public Optional<YearlyCall> openFor(CallProgramme programme, Instant filedAt) {
        return calls.findByProgrammeAndStateOrderByClosingDateAsc(programme, CallState.OPEN).stream()
                .filter(call -> filedAt.isBefore(closesAt(call.getClosingDate()))).findFirst();
    }

    /** The open call of a programme whose closing has passed at {@code at}, if any. */
    @Transactional(readOnly = true)
    public Optional<YearlyCall> closedBefore(CallProgramme programme, Instant at) {
        return calls.findByProgrammeAndStateOrderByClosingDateAsc(programme, CallState.OPEN).stream()
                .filter(call -> !at.isBefore(closesAt(call.getClosingDate()))).reduce((first, last) -> last);
    }

    /** Opens a call; the caller has checked I-14 (one per programme and year), which the schema holds as well. */
    public YearlyCall open(CallProgramme programme, int year, LocalDate closingDate, Integer quotaPerProvince,
            String processInstanceId) {
        return calls.save(new YearlyCall(programme, year, closingDate, quotaPerProvince, processInstanceId,
                clock.instant()));
    }

    /** Records an application filed with SIPO, waiting for a call; a second filing of the same case keeps the first. */
    public CallApplication file(CallProgramme programme, String holderId, String holderName, String applicationCaseId,
            Instant filedAt) {
        return applications.findByApplicationCaseId(applicationCaseId).orElseGet(() -> applications.save(
                new CallApplication(programme, holderId, holderName, applicationCaseId, filedAt)));
    }

    /**
     * Closes the call: its batch is every application of its programme still waiting that was filed before 24:00 CST
     * of the closing date (23:59 is in time, 00:00 of the next day is not); what was filed later waits for the next
     * call (I-14). An application whose case no longer waits ({@code stillWaiting} says which do, by case) ended before
     * any call took it: it is marked so and taken by none.
     */
    public List<CallApplication> close(long callId, Predicate<String> stillWaiting) {
        YearlyCall call = require(callId);
        if (call.getState() == CallState.OPEN) {
            call.close();
            for (CallApplication application : applications.findByProgrammeAndCallIdIsNullAndDecisionIsNullAndFiledAtLessThanOrderByIdAsc(
                    call.getProgramme(), closesAt(call.getClosingDate()))) {
                if (stillWaiting.test(application.getApplicationCaseId())) {
                    application.takenBy(call);
                } else {
                    application.decide(CallDecision.ENDED_BEFORE_THE_CALL, "The application ended before the "
                            + call.getYear() + " call closed");
                }
            }
        }
        return applications.findByCallIdOrderByIdAsc(callId);
    }

    @Transactional(readOnly = true)
    public List<CallApplication> batchOf(long callId) {
        return applications.findByCallIdOrderByIdAsc(callId);
    }

    @Transactional(readOnly = true)
    public List<CallApplication> waiting(CallProgramme programme) {
        return applications.findByProgrammeAndCallIdIsNullAndDecisionIsNullOrderByIdAsc(programme);
    }

    @Transactional(readOnly = true)
    public Optional<CallApplication> application(String applicationCaseId) {
        return applications.findByApplicationCaseId(applicationCaseId);
    }

    /** Every application a holder filed with SIPO, under any programme, the first filed first. */
    @Transactional(readOnly = true)
    public List<CallApplication> applicationsOf(String holderId) {
        return applications.findByHolderIdOrderByIdAsc(holderId);
    }

    /** The calls of these ids, in one read. */
    @Transactional(readOnly = true)
    public List<YearlyCall> calls(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : calls.findAllById(ids);
    }

    /** Records SIPO's decision on one application of a closed call's batch. */
    public CallApplication decide(long callId, String applicationCaseId, CallDecision decision, String reason) {
        CallApplication application = applications.findByApplicationCaseId(applicationCaseId)
                .filter(a -> Long.valueOf(callId).equals(a.getCallId()))
                .orElseThrow(() -> new IllegalStateException("The application " + applicationCaseId
                        + " is not in the batch of call " + callId));
        if (require(callId).getState() != CallState.CLOSED) {
            throw new IllegalStateException("The call " + callId + " is not closed: its batch is not being decided");
        }
        application.decide(decision, reason);
        return application;
    }

    /** Publishes the call's list with its one reply notice date; every application of the batch must be decided. */
    public YearlyCall publish(long callId, LocalDate replyNoticeDate) {
        YearlyCall call = require(callId);
        if (call.getState() == CallState.PUBLISHED && replyNoticeDate.equals(call.getReplyNoticeDate())) {
            return call;
        }
        applications.findByCallIdOrderByIdAsc(callId).stream().filter(a -> a.getDecision() == null).findFirst()
                .ifPresent(undecided -> {
                    throw new IllegalStateException("The application of " + undecided.getHolderName() + " ("
                            + undecided.getHolderId() + ") is not decided: the list cannot be published");
                });
        call.publish(replyNoticeDate);
        return call;
    }

    private YearlyCall require(long callId) {
        return calls.findById(callId).orElseThrow(() -> new IllegalStateException("No call " + callId + " in the register"));
    }
}
