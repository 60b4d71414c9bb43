package cn.ipoffice.programmes.clusterareas;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.SipoCalls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CA-8, CA-9, I-14: a cluster area ratified on the published list of SIPO's yearly call for cluster areas (every step
 * through the forms) is on the ratified areas of the call's year, dated by the list's date, with its name and its
 * province's.
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
        // SIPO's 2015 call for cluster areas, opened through its start form, ratifies it on its list of 10 January.
        EngineClock.setTo("2015-01-02T09:00");
        SipoCalls calls = SipoCalls.clusterAreas(engine);
        String call = calls.open(2015, "2015-01-05", null);
        calls.at("2015-01-06T09:00", call);
        calls.decideAll(call, Map.of("320500-sip", YearlyCallProcess.APPROVE));
        EngineClock.setTo("2015-01-12T09:00");
        calls.approveList(call, "2015-01-10");

        JsonNode ratified = lists("areas-zhejiang", 2015).path("ratifiedAreas");
        assertThat(ratified).singleElement().satisfies(area -> {
            assertThat(area.path("holderId").asText()).isEqualTo("320500-sip");
            assertThat(area.path("holderName").asText()).isEqualTo("Suzhou Industrial Park");
            assertThat(area.path("province").asText()).isEqualTo("Jiangsu");
            assertThat(area.path("title").asText()).isEqualTo("EXPERIMENTAL_AREA_CONSTRUCTION");
            assertThat(area.path("outcome").asText()).isEqualTo("RATIFIED");
            assertThat(area.path("date").asText()).isEqualTo("2015-01-10");
            assertThat(area.path("ruleId").asText()).isEqualTo("CA-8");
        });
        assertThat(lists("areas-zhejiang", 2014).path("ratifiedAreas")).isEmpty();
        assertThat(Http.as("areas-zhejiang").get("/api/register/year-lists/2015.csv").body())
                .contains("\"Suzhou Industrial Park\"").contains("RATIFIED_AREAS,RATIFIED");
    }
}
