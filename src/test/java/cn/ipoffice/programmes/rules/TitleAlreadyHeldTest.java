package cn.ipoffice.programmes.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** I-15: a title held refuses an application for the same title, naming the term; none held, none refused. */
class TitleAlreadyHeldTest {

    @Test
    void i15_aHeldTitleRefusesTheApplication_namingItsRoundAndTerm() {
        Decision held = TitleAlreadyHeld.decide("PM-7", "pilot-city",
                Optional.of(new TitleAlreadyHeld.HeldTerm(2, LocalDate.of(2022, 11, 18), LocalDate.of(2025, 11, 17))));
        assertThat(held.allowed()).isFalse();
        assertThat(held.ruleId()).isEqualTo("PM-7");
        assertThat(held.reasons()).singleElement().asString()
                .isEqualTo("PM-7, I-15: already holds the pilot-city title (round 2, 2022-11-18 to 2025-11-17); "
                        + "a second application for the same title is refused while it is held");
    }

    @Test
    void i15_noTitleHeld_isMet() {
        Decision free = TitleAlreadyHeld.decide("PM-20", "model-city", Optional.empty());
        assertThat(free.allowed()).isTrue();
        assertThat(free.reasons()).containsExactly("PM-20, I-15: does not hold the model-city title");
    }
}
