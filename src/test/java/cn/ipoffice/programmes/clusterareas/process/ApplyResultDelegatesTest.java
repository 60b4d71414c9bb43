package cn.ipoffice.programmes.clusterareas.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipoffice.programmes.clusterareas.DemonstrativeAreaTermProcess;
import cn.ipoffice.programmes.clusterareas.ExperimentalAreaConstructionProcess.Vars;
import cn.ipoffice.programmes.clusterareas.usecase.DecideCheckOutcome;
import cn.ipoffice.programmes.clusterareas.usecase.DecideReviewOutcome;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/** A date field left blank on the check's or the review's form is no date; a bad value refuses the completion. */
class ApplyResultDelegatesTest {

    /** An execution that holds only variables. */
    private static DelegateExecution execution(Map<String, Object> variables) {
        return (DelegateExecution) Proxy.newProxyInstance(DelegateExecution.class.getClassLoader(),
                new Class<?>[] {DelegateExecution.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getVariable" -> variables.get((String) args[0]);
                    case "setVariable" -> variables.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void i5_aQualifiedCheckWithTheDeadlineLeftBlank_confersTheExperimentalTitle() throws Exception {
        Map<String, Object> variables = new HashMap<>(Map.of(Vars.CHECK_RESULT.name(), "QUALIFIED",
                Vars.CHECKED_ON.name(), "2018-04-20", Vars.RECTIFICATION_DEADLINE.name(), " "));
        new ApplyCheckResultDelegate(new DecideCheckOutcome()).execute(execution(variables));
        assertThat(variables).containsEntry(Vars.CHECK_OUTCOME.name(), "EXPERIMENTAL_TITLE");
    }

    @Test
    void i5_anUnqualifiedReviewWithTheDeadlineLeftBlank_isRefused() {
        Map<String, Object> variables = new HashMap<>(Map.of(DemonstrativeAreaTermProcess.Vars.REVIEW_RESULT.name(),
                "UNQUALIFIED", DemonstrativeAreaTermProcess.Vars.REVIEWED_ON.name(), "2022-07-15",
                DemonstrativeAreaTermProcess.Vars.RECTIFICATION_DEADLINE.name(), ""));
        assertThatThrownBy(() -> new ApplyReviewResultDelegate(new DecideReviewOutcome()).execute(execution(variables)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("I-5");
        assertThat(variables).doesNotContainKey(DemonstrativeAreaTermProcess.Vars.REVIEW_OUTCOME.name());
    }

    @Test
    void aResultTheFormDoesNotOffer_isRefused() {
        Map<String, Object> variables = new HashMap<>(Map.of(Vars.CHECK_RESULT.name(), "GOOD",
                Vars.CHECKED_ON.name(), "2018-04-20"));
        assertThatThrownBy(() -> new ApplyCheckResultDelegate(new DecideCheckOutcome()).execute(execution(variables)))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("GOOD");
    }
}
