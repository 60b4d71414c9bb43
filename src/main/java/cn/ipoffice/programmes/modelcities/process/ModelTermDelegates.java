package cn.ipoffice.programmes.modelcities.process;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.forms.FormRefusal;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Decide;
import cn.ipoffice.programmes.modelcities.ModelCityTermProcess.Vars;
import cn.ipoffice.programmes.modelcities.rules.ModelTermEnd;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates of {@code model-city-term} (PM-27, PM-28, PM-29), each a few lines over one rule or register write. */
@Configuration
class ModelTermDelegates {

    /** {@code ${withdrawForNoReexamination}} behind {@code Task_WithdrawForNoReexamination} (PM-27, I-6). */
    @Bean
    JavaDelegate withdrawForNoReexamination(Register register) {
        return execution -> {
            LocalDate termEnd = CaseFacts.day(execution, CaseVariables.TERM_END);
            String reason = ModelTermEnd.noApplicationReason(termEnd);
            register.closeActive(CaseFacts.holderId(execution), Title.MODEL_CITY, DesignationStatus.WITHDRAWN, "PM-27", reason);
            register.imposeBan(CaseFacts.holderId(execution), Title.MODEL_CITY, ModelTermEnd.noApplicationBanStarts(termEnd),
                    ModelTermEnd.NO_APPLICATION_BAN_YEARS, "PM-27", reason, stepKey("PM-27", execution));
        };
    }

    /** {@code ${checkReexaminationDecision}} behind {@code Task_CheckReexaminationDecision} (PM-28): a city that no longer meets PM-18 cannot pass. */
    @Bean
    JavaDelegate checkReexaminationDecision() {
        return execution -> {
            if ("PASS".equals(execution.getVariable(Vars.REEXAMINATION_DECISION))
                    && !Decide.CONDITIONS_MET.isTrue(execution)) {
                throw FormRefusal.of(List.of("PM-28: the city no longer meets the conditions of PM-18 and cannot pass: "
                        + Decide.CONDITIONS_FINDINGS.from(execution).replace('\n', ' ')));
            }
        };
    }

    /** {@code ${renewModelTitle}} behind {@code Task_RenewModelTitle} (PM-29): a new 3-year round from the day after the term. */
    @Bean
    JavaDelegate renewModelTitle(Register register) {
        return execution -> {
            String city = CaseFacts.holderId(execution);
            int next = CaseFacts.integer(execution, CaseVariables.ROUND) + 1;
            register.closeActive(city, Title.MODEL_CITY, DesignationStatus.COMPLETED, "PM-29",
                    "PM-29: reexamination passed; model round " + next + " follows");
            register.grant(city, Title.MODEL_CITY,
                    DeadlineCalendar.term(CaseFacts.day(execution, CaseVariables.TERM_END).plusDays(1), 3), next, "PM-29",
                    stepKey("PM-29", execution), execution.getProcessInstanceId());
        };
    }

    /** {@code ${withdrawModelTitle}} behind {@code Task_WithdrawModelTitle} (PM-29, I-6): failed, 2-year ban from the decision. */
    @Bean
    JavaDelegate withdrawModelTitle(Register register) {
        return execution -> {
            LocalDate decided = CaseFacts.day(execution, Vars.REEXAMINED_ON);
            String reason = ModelTermEnd.failedReason(decided);
            register.closeActive(CaseFacts.holderId(execution), Title.MODEL_CITY, DesignationStatus.WITHDRAWN, "PM-29", reason);
            register.imposeBan(CaseFacts.holderId(execution), Title.MODEL_CITY, decided, ModelTermEnd.FAILED_BAN_YEARS,
                    "PM-29", reason, stepKey("PM-29", execution));
        };
    }

    private static String stepKey(String rule, DelegateExecution execution) {
        return CaseFacts.stepKey(rule, execution, execution.getProcessInstanceId());
    }
}
