package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Apply;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.modelcities.usecase.RankModelCandidates.Candidate;
import cn.ipoffice.programmes.modelcities.usecase.RankModelCandidates.EligibleApplications;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The running {@code model-city-application} cases of a province and year whose check found the conditions met. */
@Component
class EngineEligibleApplications implements EligibleApplications {

    /** Far above the applications a province files in a year, and within the engine's query limit (application.yaml). */
    private static final int MOST_CANDIDATES = 1000;

    private final RuntimeService runtimeService;

    EngineEligibleApplications(@Lazy RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public List<Candidate> of(String supervisorGroup, int applicationYear, String exceptCase) {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ModelCityApplicationProcess.KEY)
                .variableValueEquals(CaseVariables.SUPERVISOR_GROUP.name(), supervisorGroup)
                .variableValueEquals(Decide.APPLICATION_YEAR.name(), applicationYear)
                .variableValueEquals(Decide.CONDITIONS_MET.name(), true)
                .listPage(0, MOST_CANDIDATES).stream()
                .filter(instance -> !instance.getId().equals(exceptCase))
                .map(instance -> candidate(runtimeService.getVariables(instance.getId(),
                        List.of(CaseVariables.HOLDER_ID.name(), CaseVariables.HOLDER_NAME.name(), Apply.WEIGHTED_TOTAL.name()))))
                .toList();
    }

    private static Candidate candidate(Map<String, Object> variables) {
        return new Candidate(String.valueOf(variables.get(CaseVariables.HOLDER_ID.name())),
                String.valueOf(variables.get(CaseVariables.HOLDER_NAME.name())), Apply.WEIGHTED_TOTAL.from(variables));
    }
}
