package cn.ipoffice.programmes.production;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.SpringEngine;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;

/** The engine settings every node runs with (application.yaml, docs/operations.md "Run in production"). */
@ProcessTest
class EngineSettingsTest {

    private static ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) SpringEngine.bean(ProcessEngine.class).getProcessEngineConfiguration();
    }

    @Test
    void historyIsFull_andCleanedUpAtNightByRemovalTime() {
        ProcessEngineConfigurationImpl configuration = configuration();
        assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
    }

    @Test
    void failedJobsAreRetriedThreeTimesFiveMinutesApart_andIdsAreUuids() {
        ProcessEngineConfigurationImpl configuration = configuration();
        assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT5M");
        assertThat(configuration.getIdGenerator().getClass().getSimpleName()).isEqualTo("StrongUuidGenerator");
    }

    @Test
    void aUsersQueryForMoreThanTheLimit_isRefusedWith400() throws Exception {
        assertThat(configuration().getQueryMaxResultsLimit()).isEqualTo(5000);
        Http sipo = Http.member("settings-sipo", "sipo");
        HttpResponse<String> tooMany = sipo.get("/engine-rest/history/process-instance?maxResults=5001");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("Max results limit of 5000 exceeded");
        assertThat(sipo.get("/engine-rest/history/process-instance?maxResults=5000").statusCode()).isEqualTo(200);
    }
}
