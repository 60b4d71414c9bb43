package cn.ipoffice.programmes.calls.usecase;

import cn.ipoffice.programmes.register.CallApplication;
import cn.ipoffice.programmes.register.YearlyCalls;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * {@code Task_TakeFiledApplications} (PM-7, I-14): at 24:00 CST of the closing date the call takes every
 * application of its programme filed by then and still waiting; what was filed later waits for the next call.
 */
@Service("closeYearlyCallUseCase")
public class CloseYearlyCall {

    private final YearlyCalls calls;

    public CloseYearlyCall(YearlyCalls calls) {
        this.calls = calls;
    }

    /** The batch's size; {@code stillWaiting} tells by case whether an application still waits for a call. */
    public int close(long callId, Predicate<String> stillWaiting) {
        List<CallApplication> batch = calls.close(callId, stillWaiting);
        return batch.size();
    }
}
