package cn.ipoffice.programmes.modelcities.usecase;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * PM-23: SIPO's yearly examination round opens one examination for every model city whose term waits for the
 * examination of the year, never two for one city and year. A year examined must have ended (China Standard
 * Time), and a round that would open nothing is refused, so that the round in Cockpit always stands for work.
 */
@Service("openModelExaminationsUseCase")
public class OpenModelExaminations {

    /** What the round opens, or why it opens nothing. */
    public sealed interface Opening {
    }

    /** The examinations to open, each city once. */
    public record ToOpen(int year, List<ExaminationsAwaited.AwaitedExamination> cities) implements Opening {
    }

    /** Nothing to open, with the reason, naming the form's field. */
    public record Refused(String reason) implements Opening {
    }

    private final ExaminationsAwaited awaited;

    public OpenModelExaminations(ExaminationsAwaited awaited) {
        this.awaited = awaited;
    }

    public Opening open(int year, LocalDate today) {
        if (year >= today.getYear()) {
            return new Refused("examinationYear: " + year + " has not ended (today is " + today + " in China Standard "
                    + "Time); a year is examined from 1 January of the year after it (PM-23)");
        }
        List<ExaminationsAwaited.AwaitedExamination> cities = awaited.awaiting(year).stream()
                .filter(city -> !awaited.open(city.holderId(), year)).toList();
        if (cities.isEmpty()) {
            return new Refused("examinationYear: no model city waits for an examination of " + year
                    + " that is not already open or done (PM-23)");
        }
        return new ToOpen(year, cities);
    }
}
