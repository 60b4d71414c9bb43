package cn.ipoffice.programmes.calls.usecase;

import cn.ipoffice.programmes.calls.rules.CallOpening;
import cn.ipoffice.programmes.register.CallProgramme;
import cn.ipoffice.programmes.register.YearlyCalls;
import cn.ipoffice.programmes.rules.Decision;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** {@code Task_OpenCall} (PM-7, I-14): records SIPO's call in the register, or refuses it with each field's reason. */
@Service("openYearlyCallUseCase")
public class OpenYearlyCall {

    /** Opened with its id in the register, or refused (nothing recorded) for the reasons given. */
    public record Outcome(Long callId, List<String> refusals) {
        public boolean opened() {
            return callId != null;
        }
    }

    private final YearlyCalls calls;

    public OpenYearlyCall(YearlyCalls calls) {
        this.calls = calls;
    }

    public Outcome open(CallProgramme programme, int year, LocalDate closingDate, Integer quotaPerProvince,
            LocalDate today, String processInstanceId) {
        Decision decision = CallOpening.decide(programme.listName(), year, closingDate, quotaPerProvince, today,
                calls.call(programme, year).isPresent());
        if (!decision.allowed()) {
            return new Outcome(null, decision.reasons());
        }
        return new Outcome(calls.open(programme, year, closingDate, quotaPerProvince, processInstanceId).getId(),
                List.of());
    }
}
