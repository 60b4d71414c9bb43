package cn.ipoffice.programmes.calls.usecase;

import cn.ipoffice.programmes.calls.rules.ProvinceQuota;
import cn.ipoffice.programmes.register.CallApplication;
import cn.ipoffice.programmes.register.CallDecision;
import cn.ipoffice.programmes.register.CallProgramme;
import cn.ipoffice.programmes.register.YearlyCall;
import cn.ipoffice.programmes.register.YearlyCalls;
import cn.ipoffice.programmes.rules.Decision;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * {@code Task_PublishList} (PM-7, I-14): publishes the year's list with its one reply notice date, which starts
 * the term of every approved holder; the quota per province is checked once more on the whole list. Answers
 * each application's decision for its case to continue with.
 */
@Service("publishYearlyListUseCase")
public class PublishYearlyList {

    /** What one application's case is told: approved (with the list's reply notice date) or refused, and why. */
    public record Published(String applicationCaseId, boolean approved, LocalDate replyNoticeDate, String reason) {
    }

    /** The message the programme's applications wait for, and what each is told. */
    public record Outcome(String message, List<Published> applications) {
    }

    private final YearlyCalls calls;

    public PublishYearlyList(YearlyCalls calls) {
        this.calls = calls;
    }

    public Outcome publish(long callId, LocalDate replyNoticeDate) {
        YearlyCall call = calls.call(callId).orElseThrow();
        List<CallApplication> batch = calls.batchOf(callId);
        Map<String, Long> approvals = batch.stream().filter(a -> a.getDecision() == CallDecision.APPROVED)
                .collect(Collectors.groupingBy(CallApplication::getProvince, Collectors.counting()));
        Decision quota = ProvinceQuota.decide(call.getQuotaPerProvince(), approvals);
        if (!quota.allowed()) {
            throw new IllegalStateException("The " + call.getYear() + " list exceeds its quota: "
                    + String.join("; ", quota.reasons()));
        }
        calls.publish(callId, replyNoticeDate);
        CallProgramme programme = call.getProgramme();
        return new Outcome(programme.listPublishedMessage(), batch.stream()
                .map(a -> new Published(a.getApplicationCaseId(), a.getDecision() == CallDecision.APPROVED,
                        replyNoticeDate, a.getReason()))
                .toList());
    }
}
