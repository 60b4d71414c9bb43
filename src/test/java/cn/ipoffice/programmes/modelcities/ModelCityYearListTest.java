package cn.ipoffice.programmes.modelcities;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PM-7, PM-20: a city's way to the model title ({@link ModelCityPath}, every fact entered through the offices' forms)
 * puts it on the approved pilot cities of the year of its pilot reply notice and on the selected model cities of the
 * year of its selection's reply notice, in the year's published lists that a city of another province reads.
 */
class ModelCityYearListTest extends CaseTest {

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private static JsonNode lists(int year) throws Exception {
        HttpResponse<String> read = Http.member("models-hangzhou", "gov-330100").get("/api/register/year-lists/" + year);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return new ObjectMapper().readTree(read.body());
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(entry -> names.add(entry.path("holderName").asText()));
        return names;
    }

    @Test
    void pm7_pm20_aCitysPilotApprovalAndModelSelection_areOnTheListsOfTheirYears() throws Exception {
        new ModelCityPath(cases, "320500", "Suzhou").toModelTitleOn10March2020();

        assertThat(names(lists(2015).path("approvedPilotCities"))).contains("Suzhou");
        JsonNode selected = lists(2020).path("selectedModelCities");
        assertThat(selected).singleElement().satisfies(city -> {
            assertThat(city.path("holderName").asText()).isEqualTo("Suzhou");
            assertThat(city.path("province").asText()).isEqualTo("Jiangsu");
            assertThat(city.path("title").asText()).isEqualTo("MODEL_CITY");
            assertThat(city.path("outcome").asText()).isEqualTo("SELECTED");
            assertThat(city.path("date").asText()).isEqualTo("2020-03-10");
            assertThat(city.path("ruleId").asText()).isEqualTo("PM-20");
        });
        assertThat(lists(2020).path("approvedPilotCities")).isEmpty();
        assertThat(lists(2019).path("selectedModelCities")).isEmpty();
    }
}
