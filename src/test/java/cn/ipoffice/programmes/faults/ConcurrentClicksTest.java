package cn.ipoffice.programmes.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.Http;
import cn.ipoffice.programmes.support.PlanWindowCases;
import cn.ipoffice.programmes.support.ProcessTest;
import cn.ipoffice.programmes.support.RestBodies;
import cn.ipoffice.programmes.support.SpringEngine;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The same task completion, or the same message, sent twice at the same moment over REST: one wins,
 * the other gets a clear error, and the case moves on exactly once. Repeated, because "at once" is a
 * race that goes either way.
 */
@ProcessTest
class ConcurrentClicksTest {

    private static List<HttpResponse<String>> twiceAtOnce(Callable<HttpResponse<String>> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(threads.submit(() -> {
                    together.await();
                    return request.call();
                }));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> response : sent) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    @RepeatedTest(3)
    void theSameTaskCompletedTwiceAtOnce_oneWins_theOtherIsToldWhy(org.junit.jupiter.api.RepetitionInfo repetition)
            throws Exception {
        String holder = "3206" + (10 + repetition.getCurrentRepetition());
        SpringEngine.bean(Register.class).enterHolder(holder, "Nantong district " + holder, HolderKind.MUNICIPALITY_DISTRICT);
        String instance = engine().getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY, holder,
                Map.of(In.HOLDER_ID.name(), holder, In.HOLDER_NAME.name(), "Nantong district", In.REPORT_YEAR.name(), 2027,
                        In.RULE_ID.name(), "PM-12", In.SUPERVISOR_GROUP.name(), "province-32")).getId();
        String task = engine().getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
        Http government = Http.member("clicks-" + holder, "gov-" + holder);
        String report = """
                {"variables": {"workSummary": {"value": "What the district did in 2026", "type": "String"},
                 "currentYearPlan": {"value": "What it will do in 2027", "type": "String"}}}""";

        List<HttpResponse<String>> responses = twiceAtOnce(() -> government.postJson("/engine-rest/task/" + task + "/complete", report));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnlyOnce(204);
        HttpResponse<String> loser = responses.stream().filter(r -> r.statusCode() != 204).findFirst().orElseThrow();
        assertThat(loser.statusCode()).as(loser.body()).isIn(404, 409);
        assertThat(loser.body()).containsAnyOf("Someone else changed this case at the same moment",
                "Cannot find task with id " + task);
        assertThat(engine().getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey(AnnualReportProcess.TASK_REVIEW).count()).isOne();
        assertThat(engine().getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance).count())
                .isEqualTo(2);
    }

    @RepeatedTest(3)
    void theSameFindingSentTwiceAtOnce_opensOneCase_theOtherIsRefused(org.junit.jupiter.api.RepetitionInfo repetition)
            throws Exception {
        String holder = "3207" + (10 + repetition.getCurrentRepetition());
        String name = "Lianyungang " + holder;
        PlanWindowCases.enterPilotCity(SpringEngine.bean(Register.class), holder, name, LocalDate.of(2024, 5, 6));
        Http sipo = Http.member("clicks-sipo", "sipo");
        String finding = RestBodies.titleWithdrawalFinding(holder, name);

        List<HttpResponse<String>> responses = twiceAtOnce(() -> sipo.postJson("/engine-rest/message", finding));

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnlyOnce(204);
        HttpResponse<String> loser = responses.stream().filter(r -> r.statusCode() != 204).findFirst().orElseThrow();
        assertThat(loser.statusCode()).isEqualTo(400);
        assertThat(loser.body()).contains("already has a running " + TitleWithdrawalProcess.KEY + " case");
        assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(holder)
                .count()).isOne();
    }

    private static ProcessEngine engine() {
        return SpringEngine.bean(ProcessEngine.class);
    }
}
