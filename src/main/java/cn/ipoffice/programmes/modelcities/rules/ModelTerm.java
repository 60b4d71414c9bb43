package cn.ipoffice.programmes.modelcities.rules;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import java.time.LocalDate;

/** PM-27 and PM-29: a model term runs 3 years from the reply notice, and each round it is kept for another 3. */
public final class ModelTerm {

    public static final int YEARS = 3;

    private ModelTerm() {
    }

    public static Term from(LocalDate firstDay) {
        return DeadlineCalendar.term(firstDay, YEARS);
    }
}
