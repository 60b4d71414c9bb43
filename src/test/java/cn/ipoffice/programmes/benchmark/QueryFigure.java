package cn.ipoffice.programmes.benchmark;

import cn.ipoffice.programmes.cockpit.OverdueCasesResource;
import cn.ipoffice.programmes.tasklist.TasklistFilters;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.context.ApplicationContext;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Figure 3, query latency, as a province user ({@code province-32}) sees it: the Tasklist "Overdue"
 * filter (first page of 15 and its count, as Tasklist asks), the register API's list of holders and the
 * Cockpit overdue page's query. Median and p95 over {@code calls} calls after a warm-up.
 */
final class QueryFigure {

    static final String USER = "bench-province-32";
    static final List<String> GROUPS = List.of("province-32");

    record Latency(String query, double medianMs, double p95Ms, int rows) {
    }

    private QueryFigure() {
    }

    static List<Latency> measure(ProcessEngine engine, ApplicationContext context, int calls) throws Exception {
        Filter overdue = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
        Object controller = context.getBean(Class.forName("cn.ipoffice.programmes.register.RegisterController"));
        Method holders = controller.getClass().getDeclaredMethod("holders", String.class, String.class);
        holders.setAccessible(true);
        Map<String, Callable<Integer>> queries = new LinkedHashMap<>();
        queries.put("Tasklist \"Overdue\" filter (page of 15 + count)", () -> {
            int rows = engine.getFilterService().listPage(overdue.getId(), 0, 15).size();
            engine.getFilterService().count(overdue.getId());
            return rows;
        });
        queries.put("Register API: list of holders", () -> ((List<?>) holders.invoke(controller, null, null)).size());
        queries.put("Cockpit overdue page", () -> OverdueCasesResource.list(engine, Instant.now()).size());
        List<Latency> result = new ArrayList<>();
        engine.getIdentityService().setAuthentication(USER, GROUPS);
        try {
            for (Map.Entry<String, Callable<Integer>> query : queries.entrySet()) {
                int rows = 0;
                for (int i = 0; i < Math.max(5, calls / 10); i++) {
                    rows = query.getValue().call();
                }
                double[] millis = new double[calls];
                for (int i = 0; i < calls; i++) {
                    long started = System.nanoTime();
                    query.getValue().call();
                    millis[i] = (System.nanoTime() - started) / 1e6;
                }
                Arrays.sort(millis);
                result.add(new Latency(query.getKey(), millis[calls / 2], millis[(int) Math.ceil(calls * 0.95) - 1], rows));
            }
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        return result;
    }

    /** Finished rounds through the whole lifecycle and running rounds a week past their first report's deadline. */
    static void fill(ProcessEngine engine, cn.ipoffice.programmes.register.Register register, int finished, int running) {
        if (finished > 0) {
            new RealRoundDriver(engine, register).run(finished, 500000);
        }
        BurstFigure.startRealTerms(engine, register, running, 320000);
        overdue(engine);
    }

    /** Moves the clock a week past 31 January 2026 and runs the due timers there (reports overdue). */
    static void overdue(ProcessEngine engine) {
        LifecycleDriver.at("2026-01-01T00:00");
        LifecycleDriver.runDue(engine);
        LifecycleDriver.at("2026-02-07T09:00");
        LifecycleDriver.runDue(engine);
    }
}
