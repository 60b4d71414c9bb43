package cn.ipoffice.programmes.notify;

import cn.ipoffice.programmes.casework.CaseVariable;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Where an application goes back to an office for revision: the city's or area's revision task, which the provincial
 * office or its experts ask for (PM-6: {@code Task_RevisePlan}; CA-7: {@code Task_ReviseClusterApplication}), and the
 * provincial office's filing task again when SIPO's check of the materials found one missing (PM-6, CA-7).
 */
final class SentBack {

    /** The filing tasks, with the variables of the materials check that sends them back. */
    private record Filing(CaseVariable<Boolean> complete, CaseVariable<String> missing) {
    }

    private static final Map<String, String> REVISIONS = Map.of(
            PilotCityApplicationProcess.KEY, PilotCityApplicationProcess.TASK_REVISE_PLAN,
            ClusterAreaApplicationProcess.KEY, ClusterAreaApplicationProcess.TASK_REVISE);

    private static final Map<String, String> FILING_TASKS = Map.of(
            PilotCityApplicationProcess.KEY, PilotCityApplicationProcess.TASK_FILE,
            ClusterAreaApplicationProcess.KEY, ClusterAreaApplicationProcess.TASK_FILE);

    private static final Map<String, Filing> FILINGS = Map.of(
            PilotCityApplicationProcess.KEY, new Filing(PilotCityApplicationProcess.Decide.MATERIALS_COMPLETE,
                    PilotCityApplicationProcess.Decide.MISSING_MATERIALS),
            ClusterAreaApplicationProcess.KEY, new Filing(ClusterAreaApplicationProcess.Decide.MATERIALS_COMPLETE,
                    ClusterAreaApplicationProcess.Decide.MISSING_MATERIALS));

    private SentBack() {
    }

    static boolean isRevision(String processKey, String taskId) {
        return processKey != null && taskId.equals(REVISIONS.get(processKey));
    }

    static boolean isFiling(String processKey, String taskId) {
        return processKey != null && taskId.equals(FILING_TASKS.get(processKey));
    }

    /** For a filing task created again after the check found materials missing: the materials, as the check names them. */
    static Optional<String> missingMaterials(String processKey, VariableScope task) {
        Filing filing = processKey == null ? null : FILINGS.get(processKey);
        if (filing == null || !filing.complete().optionalFrom(task).equals(Optional.of(false))) {
            return Optional.empty();
        }
        return Optional.of(filing.missing().optionalFrom(task).filter(text -> !text.isBlank()).orElse("not named"));
    }
}
