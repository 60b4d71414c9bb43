package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.modelcities.rules.LastTwoYearsRunning;
import cn.ipoffice.programmes.register.FindingDecision;
import cn.ipoffice.programmes.register.Register;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * PM-32(c): SIPO's decision on a finding put to it, confirmed or dismissed, is kept with the pair of years, so
 * that the detection never puts the same pair to SIPO again.
 *
 * <p>The decision is kept in the register rather than read back from the engine's history of
 * {@code title-withdrawal} cases: the history of a case is removed by the history cleanup once its time to live
 * (3650 days) has passed, while a city's life in the programmes can last longer; it depends on the configured
 * history level; and it holds the pair of years only as variables, queried across the holder's cases at each
 * assessment. The register is the product's record of holders, is written in the engine's transaction (a decision
 * cannot be lost nor recorded without its task), and answers with one lookup on its unique key.
 */
@Service("recordFindingDecisionUseCase")
public class RecordFindingDecision {

    private final Register register;

    public RecordFindingDecision(Register register) {
        this.register = register;
    }

    /** {@code caseId} is the {@code title-withdrawal} case in which SIPO decided. */
    public void record(String holderId, int firstYear, int secondYear, boolean confirmed, LocalDate decidedOn,
            String caseId) {
        register.recordFindingDecision(holderId, LastTwoYearsRunning.RULE, firstYear, secondYear,
                confirmed ? FindingDecision.CONFIRMED : FindingDecision.DISMISSED, decidedOn, caseId);
    }
}
