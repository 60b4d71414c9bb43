package cn.ipoffice.programmes.modelcities.usecase;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A stage that supersedes another ends the holder's cases of it in the same transaction (PM-20: a city selected as
 * a model city leaves the fostering stage), with the reason the diagram gives.
 */
@Service("endRunningCasesUseCase")
public class EndRunningCases {

    private final RunningCases runningCases;

    public EndRunningCases(RunningCases runningCases) {
        this.runningCases = runningCases;
    }

    /** Ends the holder's running cases of the processes but {@code caseId}, the case that ends them; how many ended. */
    public int end(String holderId, List<String> processKeys, String reason, String caseId) {
        return runningCases.end(holderId, processKeys, reason, caseId);
    }
}
