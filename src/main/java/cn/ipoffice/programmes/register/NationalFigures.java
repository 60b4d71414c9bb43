package cn.ipoffice.programmes.register;

import cn.ipoffice.programmes.deadlines.Deadlines;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SIPO's yearly figures of the cities it evaluates (PM-5(v), PM-18(iv) and (vi)), checked and recorded in one
 * transaction: what {@code PUT /api/register/figures/{year}} does, and what a scenario's {@code figures recorded on}
 * step does. One bad entry refuses them all and nothing is recorded. A city need not be in the register: PM-5(v)
 * ranks a city applying for its first title among all cities of its province.
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
            register.recordFigures(year, rows);
        }
        return problems;
    }
}
