package cn.ipoffice.programmes.pilotcities.process;

import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess.Vars;
import cn.ipoffice.programmes.pilotcities.usecase.RankAssessmentRound.Entry;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The round's cities and the grades and scores entered for them, as the round's case holds them. */
final class RoundEntries {

    private RoundEntries() {
    }

    static List<String> cities(VariableScope round) {
        String cities = Vars.ROUND_CITIES.from(round);
        return cities.isBlank() ? List.of() : Arrays.asList(cities.split(","));
    }

    static List<Entry> of(VariableScope round) {
        return cities(round).stream().map(city -> new Entry(city, Vars.gradeOf(city).from(round),
                Vars.scoreOf(city).from(round))).toList();
    }
}
