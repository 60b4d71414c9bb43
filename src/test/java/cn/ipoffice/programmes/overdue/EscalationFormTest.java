package cn.ipoffice.programmes.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.register.EscalationStep;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The escalation form of the overdue pattern ({@code forms/overdue-escalation.form}) and what the register keeps of it:
 * the actions it offers are the register's, in the same words, and its fields are the pattern's variables.
 */
class EscalationFormTest {

    private static JsonNode field(JsonNode form, String key) {
        return StreamSupport.stream(form.path("components").spliterator(), false)
                .filter(component -> key.equals(component.path("key").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + key));
    }

    @Test
    void theFormOffersTheRegistersActionsInTheSameWords_andAsksARequiredFollowUpDay() throws Exception {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms", "overdue-escalation.form").toFile());

        Map<String, String> offered = new LinkedHashMap<>();
        field(form, OverduePattern.ESCALATION_ACTION.name()).path("values")
                .forEach(value -> offered.put(value.path("value").asText(), value.path("label").asText()));
        Map<String, String> kept = new LinkedHashMap<>();
        Arrays.stream(EscalationStep.values()).forEach(step -> kept.put(step.name(), step.label()));
        assertThat(offered).isEqualTo(kept);

        JsonNode followUp = field(form, OverduePattern.ESCALATION_FOLLOW_UP_ON.name());
        assertThat(followUp.path("validate").path("required").asBoolean()).isTrue();
        assertThat(followUp.path("properties").path("isoDate").asText()).isEqualTo("true");
        assertThat(followUp.path("properties").path("afterToday").asText()).isEqualTo("true");
        assertThat(followUp.path("properties").path("atMostMonthsAhead").asText()).isEqualTo("6");
        assertThat(field(form, OverduePattern.ESCALATION_REMARKS.name()).path("validate").path("maxLength").asInt())
                .isEqualTo(4000);
    }
}
