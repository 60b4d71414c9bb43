package cn.ipoffice.programmes.clusterareas;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess.Decide;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CA-8, CA-9: a cluster area ratified by SIPO through its examination form is on the ratified areas of the year of
 * its ratification date, in the year's published lists, with its name and its province's.
 */
class ClusterAreaYearListTest extends CaseTest {

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    private static JsonNode lists(String user, int year) throws Exception {
        HttpResponse<String> read = Http.member(user, "province-33").get("/api/register/year-lists/" + year);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return new ObjectMapper().readTree(read.body());
    }

    @Test
    void ca8_ca9_anAreaRatifiedInTheYear_isOnTheYearsRatifiedAreas_readByAnotherProvince() throws Exception {
        EngineClock.setTo("2014-09-01T09:00");
        cases.apply(ClusterAreaApplicationProcess.KEY, ClusterAreaApplicationTest.application("320500-sip",
                "Suzhou Industrial Park", "ECONOMIC_DEVELOPMENT_ZONE", 45));
        ClusterAreaApplicationTest.recommendAndForward(cases, "320500-sip", "2014-09-01");
        EngineClock.setTo("2015-01-12T09:00");
        cases.submit("320500-sip", ClusterAreaApplicationProcess.TASK_EXAMINE,
                Map.of(Decide.EXAMINATION_DECISION.name(), "APPROVE", Decide.RATIFICATION_DATE.name(), "2015-01-10"));

        JsonNode ratified = lists("areas-zhejiang", 2015).path("ratifiedAreas");
        assertThat(ratified).singleElement().satisfies(area -> {
            assertThat(area.path("holderId").asText()).isEqualTo("320500-sip");
            assertThat(area.path("holderName").asText()).isEqualTo("Suzhou Industrial Park");
            assertThat(area.path("province").asText()).isEqualTo("Jiangsu");
            assertThat(area.path("title").asText()).isEqualTo("EXPERIMENTAL_AREA_CONSTRUCTION");
            assertThat(area.path("outcome").asText()).isEqualTo("RATIFIED");
            assertThat(area.path("date").asText()).isEqualTo("2015-01-10");
            assertThat(area.path("ruleId").asText()).isEqualTo("CA-9");
        });
        assertThat(lists("areas-zhejiang", 2014).path("ratifiedAreas")).isEmpty();
        assertThat(Http.as("areas-zhejiang").get("/api/register/year-lists/2015.csv").body())
                .contains("\"Suzhou Industrial Park\"").contains("RATIFIED_AREAS,RATIFIED");
    }
}
