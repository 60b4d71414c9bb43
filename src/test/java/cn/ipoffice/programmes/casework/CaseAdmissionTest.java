package cn.ipoffice.programmes.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.PlanWindowCases;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.RestBodies;
import cn.ipoffice.programmes.support.SpringEngine;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cases that people or messages open are refused, with the reason and nothing created, when they
 * would be a holder's second running case of the process, or when their holder is unknown.
 */
@ProcessTest
class CaseAdmissionTest {

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void aSecondApplicationOfACityWhileItsFirstRuns_isRefusedWithTheRunningCaseNamed() throws Exception {
        Http jiangsu = Http.member("admission-jiangsu", "province-32");
        String start = "/engine-rest/process-definition/key/" + PilotCityApplicationProcess.KEY + "/submit-form";
        HttpResponse<String> first = jiangsu.postJson(start, RestBodies.pilotApplication("321100", "Zhenjiang"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        HttpResponse<String> second = jiangsu.postJson(start, RestBodies.pilotApplication("321100", "Zhenjiang"));
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("Zhenjiang (321100) already has a running pilot-city-application case")
                .contains("finish or cancel the running case first");
        assertThat(runtime().createProcessInstanceQuery().processInstanceBusinessKey("321100").count()).isOne();
        assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(PilotCityApplicationProcess.KEY).count()).isOne();

        HttpResponse<String> another = jiangsu.postJson(start, RestBodies.pilotApplication("321200", "Taizhou"));
        assertThat(another.statusCode()).as("another city applies as before").isEqualTo(200);
    }

    @Test
    void aFindingForAHolderTheRegisterDoesNotKnow_isRefused_andNoCaseOpens() throws Exception {
        Http sipo = Http.member("admission-sipo", "sipo");
        HttpResponse<String> response = sipo.postJson("/engine-rest/message",
                RestBodies.titleWithdrawalFinding("329999", "Nowhere"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("No holder 329999 in the register");
        assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey("329999")
                .count()).isZero();
    }

    @Test
    void aSecondFindingWhileTheFirstIsBeforeSipo_isRefused() throws Exception {
        PlanWindowCases.enterPilotCity(SpringEngine.bean(Register.class), "320800", "Huai'an", LocalDate.of(2024, 5, 6));
        Http sipo = Http.member("admission-sipo", "sipo");
        String finding = RestBodies.titleWithdrawalFinding("320800", "Huai'an");
        assertThat(sipo.postJson("/engine-rest/message", finding).statusCode()).isEqualTo(204);
        HttpResponse<String> again = sipo.postJson("/engine-rest/message", finding);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("Huai'an (320800) already has a running title-withdrawal case");
        assertThat(runtime().createProcessInstanceQuery().processInstanceBusinessKey("320800").count()).isOne();
    }

    private static ProcessEngine engine() {
        return SpringEngine.bean(ProcessEngine.class);
    }

    private static RuntimeService runtime() {
        return engine().getRuntimeService();
    }
}
