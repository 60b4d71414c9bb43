package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Apply;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * {@code ${rankModelCandidates}} behind {@code Task_RankModelCandidates} (PM-19): the province's
 * eligible candidates of the year, ranked by weighted total, for the provincial office to recommend the best.
 */
@Component("rankModelCandidates")
class RankModelCandidatesDelegate implements JavaDelegate {

    /** Far above the applications a province files in a year, and within the engine's query limit (application.yaml). */
    private static final int MOST_CANDIDATES = 1000;

    private final RuntimeService runtimeService;

    RankModelCandidatesDelegate(@Lazy RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    record Candidate(String code, String name, BigDecimal weightedTotal) {
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<Candidate> candidates = new ArrayList<>();
        runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ModelCityApplicationProcess.KEY)
                .variableValueEquals(CaseVariables.SUPERVISOR_GROUP, CaseFacts.text(execution, CaseVariables.SUPERVISOR_GROUP))
                .variableValueEquals(Decide.APPLICATION_YEAR.name(), Decide.APPLICATION_YEAR.from(execution))
                .variableValueEquals(Decide.CONDITIONS_MET.name(), true)
                .listPage(0, MOST_CANDIDATES).stream()
                .filter(instance -> !instance.getId().equals(execution.getProcessInstanceId()))
                .forEach(instance -> candidates.add(candidate(runtimeService.getVariables(instance.getId(),
                        List.of(CaseVariables.HOLDER_ID, CaseVariables.HOLDER_NAME, Apply.WEIGHTED_TOTAL.name())))));
        candidates.add(candidate(execution.getVariables()));
        candidates.sort(Comparator.comparing(Candidate::weightedTotal).reversed().thenComparing(Candidate::code));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            lines.add((i + 1) + ". " + c.name() + " (" + c.code() + "): weighted total " + c.weightedTotal().toPlainString());
        }
        Decide.CANDIDATE_RANKING.set(execution, "PM-19: eligible candidates of " + Decide.APPLICATION_YEAR.from(execution)
                + ", by weighted total\n" + String.join("\n", lines));
    }

    private static Candidate candidate(Map<String, Object> variables) {
        return new Candidate(String.valueOf(variables.get(CaseVariables.HOLDER_ID)),
                String.valueOf(variables.get(CaseVariables.HOLDER_NAME)),
                Apply.WEIGHTED_TOTAL.from(variables));
    }
}
