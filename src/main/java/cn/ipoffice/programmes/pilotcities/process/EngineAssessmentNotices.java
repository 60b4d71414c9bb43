package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.AssessmentNotices;
import cn.ipoffice.programmes.pilotcities.usecase.RankAssessmentRound.RankedCity;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The message {@code pm9-assessment-recorded}, correlated by the city's division code to every running case that
 * waits for it ({@code pilot-city-round} and {@code demonstration-fostering} hold it in a non-interrupting event
 * sub-process), with the year, grade, score, category and rank as variables of the sub-process it triggers. It runs
 * in the round's transaction: the register and the city's case record the assessment together or not at all.
 */
@Component
class EngineAssessmentNotices implements AssessmentNotices {

    private final RuntimeService runtimeService;

    EngineAssessmentNotices(@Lazy RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public void recorded(int year, RankedCity city) {
        Map<String, Object> shown = new HashMap<>();
        shown.put(Vars.ASSESSED_YEAR.name(), Vars.ASSESSED_YEAR.stored(year));
        shown.put(Vars.ASSESSMENT_GRADE.name(), Vars.ASSESSMENT_GRADE.stored(city.grade()));
        shown.put(Vars.ASSESSMENT_SCORE.name(), Vars.ASSESSMENT_SCORE.stored(city.score()));
        shown.put(Vars.ASSESSMENT_CATEGORY.name(), Vars.ASSESSMENT_CATEGORY.stored(city.category()));
        shown.put(Vars.ASSESSMENT_RANK.name(), Vars.ASSESSMENT_RANK.stored(city.rank()));
        shown.put(Vars.CATEGORY_SIZE.name(), Vars.CATEGORY_SIZE.stored(city.ranked()));
        runtimeService.createMessageCorrelation(PilotCityRoundProcess.MESSAGE_ASSESSMENT_RECORDED)
                .processInstanceBusinessKey(city.cityId()).setVariablesToTriggeredScope(shown).correlateAll();
    }
}
