package cn.ipoffice.programmes.register;

import cn.ipoffice.programmes.deadlines.Deadlines;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SIPO's yearly figures of the pilot cities (PM-18(iv) and (vi)), checked and recorded in one transaction:
 * what {@code PUT /api/register/figures/{year}} does, and what a scenario's {@code figures recorded on} step
 * does. One bad entry refuses them all and nothing is recorded.
 */
@Service
public class NationalFigures {

    private final Register register;
    private final Deadlines deadlines;

    NationalFigures(Register register, Deadlines deadlines) {
        this.register = register;
        this.deadlines = deadlines;
    }

    /** Records {@code rows} for {@code year}; the problems found (each naming its entry and field), empty when recorded. */
    @Transactional
    public List<String> record(int year, List<Register.FigureRow> rows) {
        List<String> problems = FiguresUpload.problems(year, rows, deadlines.today());
        if (problems.isEmpty()) {
            List<String> unknown = rows.stream().map(Register.FigureRow::holderId).distinct()
                    .filter(id -> register.holder(id).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                return unknown.stream().map(id -> "No holder " + id + " in the register").toList();
            }
            register.recordFigures(year, rows);
        }
        return problems;
    }
}
