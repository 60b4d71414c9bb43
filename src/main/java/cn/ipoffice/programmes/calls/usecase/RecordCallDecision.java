package cn.ipoffice.programmes.calls.usecase;

import cn.ipoffice.programmes.calls.rules.ProvinceQuota;
import cn.ipoffice.programmes.register.CallApplication;
import cn.ipoffice.programmes.register.CallDecision;
import cn.ipoffice.programmes.register.YearlyCall;
import cn.ipoffice.programmes.register.YearlyCalls;
import cn.ipoffice.programmes.rules.Decision;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * {@code Task_DecideApplication} (PM-7): records SIPO's decision on one application of the batch; an approval
 * beyond the call's quota for the applicant's province is refused, naming the province, and nothing is recorded.
 */
@Service("recordCallDecisionUseCase")
public class RecordCallDecision {

    /** Recorded, with the list as it now stands (one line per decided application), or refused for the reasons. */
    public record Outcome(boolean recorded, List<String> refusals, String listSummary) {
    }

    private final YearlyCalls calls;

    public RecordCallDecision(YearlyCalls calls) {
        this.calls = calls;
    }

    public Outcome record(long callId, String applicationCaseId, boolean approved, String reason) {
        YearlyCall call = calls.call(callId).orElseThrow();
        List<CallApplication> batch = calls.batchOf(callId);
        CallApplication application = batch.stream().filter(a -> a.getApplicationCaseId().equals(applicationCaseId))
                .findFirst().orElseThrow(() -> new IllegalStateException("The application " + applicationCaseId
                        + " is not in the batch of the " + call.getYear() + " call"));
        Map<String, Long> approvals = batch.stream()
                .filter(a -> a == application ? approved : a.getDecision() == CallDecision.APPROVED)
                .collect(Collectors.groupingBy(CallApplication::getProvince, Collectors.counting()));
        Decision quota = ProvinceQuota.decide(call.getQuotaPerProvince(), approvals.entrySet().stream()
                .filter(entry -> entry.getKey().equals(application.getProvince()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        if (!quota.allowed()) {
            return new Outcome(false, quota.reasons().stream().map(line -> "centralDecision: approving "
                    + application.getHolderName() + " (" + application.getHolderId() + ") is refused: " + line).toList(),
                    null);
        }
        calls.decide(callId, applicationCaseId, approved ? CallDecision.APPROVED : CallDecision.REFUSED,
                approved ? null : reason);
        return new Outcome(true, List.of(), summary(calls.batchOf(callId)));
    }

    static String summary(List<CallApplication> batch) {
        Function<CallApplication, String> line = a -> (a.getDecision() == CallDecision.APPROVED ? "Approved - "
                : a.getDecision() == CallDecision.REFUSED ? "Refused - " : "Not decided yet - ")
                + a.getHolderName() + " (" + a.getHolderId() + ")"
                + (a.getReason() == null ? "" : ": " + a.getReason());
        return batch.stream().map(line).collect(Collectors.joining("\n"));
    }
}
