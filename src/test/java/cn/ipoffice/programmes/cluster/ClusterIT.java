package cn.ipoffice.programmes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.IpProgrammesApplication;
import cn.ipoffice.programmes.pilotcities.PilotCityRoundProcess;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.PlanWindowCases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camunda's cluster mode on a real PostgreSQL server: nodes are the packaged application in JVMs of
 * their own, sharing one database, with their job executors on. The cases are pilot rounds whose PM-17
 * window has closed (see {@link PlanWindowCases}): the timer withdraws the title and records a ban,
 * so a timer fired twice would show in the register. The timers are held suspended while the cases are
 * brought over, then released together.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final LocalDate TERM_START = LocalDate.of(2022, 7, 1);
    private static final Duration ALL_DONE = Duration.ofMinutes(6);

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext office;
    private static Map<String, String> environment;
    private static Node nodeA;
    private static Node nodeB;

    @BeforeAll
    static void databaseAndCases() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        environment = Map.of("IPP_DB_URL", postgres.getJdbcUrl("postgres", "postgres"), "IPP_DB_USER", "postgres",
                "IPP_DB_PASSWORD", "postgres", "IPP_ADMIN_PASSWORD", "Cluster-Pass-2026!", // the policy refuses the user id in it
                "IPP_JOB_LOCK_TIME_MS", "20000");
        // The office's own engine, job executor off: it brings the cases over and reads the outcome.
        // Command-line arguments, which outrank application.yaml (the builder's properties do not).
        List<String> arguments = new java.util.ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--IPP_NODE_NAME=office"));
        environment.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        office = new SpringApplicationBuilder(IpProgrammesApplication.class).run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (Node node : new Node[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
        if (office != null) {
            office.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void twoNodes_500TimersDueTogether_eachFiresExactlyOnce_andTheRegisterIsWrittenOnce() throws Exception {
        bringOver("32", 500);
        nodeA = Node.start("node-a", "America/Los_Angeles", environment);
        nodeB = Node.start("node-b", "Pacific/Kiritimati", environment);
        // Machines in different zones: the application pins its JVM to China Standard Time, so every
        // node writes the database's timestamps in the same zone.
        assertThat(nodeA.startedLine()).contains("+08:00");
        assertThat(nodeB.startedLine()).contains("+08:00");
        releaseTimers();

        awaitAllEnded("32", 500);

        assertEveryCaseEndedOnce("32", 500);
        assertThat(jdbc().queryForList("select distinct l.hostname_ from act_hi_job_log l join act_hi_procinst p"
                + " on p.id_ = l.process_instance_id_ where l.job_state_ = 2 and p.business_key_ like '32%'",
                String.class)).as("both nodes fired timers").containsExactlyInAnyOrder("node-a", "node-b");
    }

    @Test
    @Order(2)
    void aNodeKilledWhileItFiresTimers_anotherRestartTakesOver_nothingLostNothingTwice() throws Exception {
        nodeB.stop();
        nodeB = null;
        bringOver("33", 800);
        releaseTimers();
        Instant deadline = Instant.now().plus(ALL_DONE);
        while (ended("33") < 10 && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        nodeA.kill();
        long endedAtKill = ended("33");
        long lockedAtKill = jdbc().queryForObject("select count(*) from act_ru_job where lock_owner_ is not null", Long.class);
        System.out.printf("node-a killed with %d of 800 cases ended and %d jobs locked%n", endedAtKill, lockedAtKill);
        assertThat(endedAtKill).as("killed while working").isBetween(10L, 799L);

        nodeA = Node.start("node-a-restarted", "UTC", environment);
        awaitAllEnded("33", 800);

        assertEveryCaseEndedOnce("33", 800);
    }

    /** Holders with their pilot title, and their rounds at the plan window, the timers suspended. */
    private static void bringOver(String province, int count) throws Exception {
        Register register = office.getBean(Register.class);
        RuntimeService runtime = office.getBean(RuntimeService.class);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> started = java.util.stream.IntStream.range(0, count)
                    .mapToObj(i -> threads.submit(() -> {
                        String holder = province + String.format("%04d", 1000 + i);
                        PlanWindowCases.enterPilotCity(register, holder, "City " + holder, TERM_START);
                        return PlanWindowCases.startAtPlanWindow(runtime, holder, "City " + holder, TERM_START);
                    })).toList();
            for (Future<String> instance : started) {
                instance.get();
            }
        } finally {
            threads.shutdown();
        }
        office.getBean(ManagementService.class).updateJobSuspensionState()
                .byProcessDefinitionKey(PilotCityRoundProcess.KEY).suspend();
    }

    private static void releaseTimers() {
        office.getBean(ManagementService.class).updateJobSuspensionState()
                .byProcessDefinitionKey(PilotCityRoundProcess.KEY).activate();
    }

    private static void awaitAllEnded(String province, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(ALL_DONE);
        while (ended(province) < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(ended(province)).as("cases ended within " + ALL_DONE).isEqualTo(count);
    }

    private static long ended(String province) {
        return jdbc().queryForObject("select count(*) from act_hi_procinst where business_key_ like ? and end_time_ is not null",
                Long.class, province + "%");
    }

    private static void assertEveryCaseEndedOnce(String province, int count) {
        String holders = province + "%";
        JdbcTemplate jdbc = jdbc();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ like ? and end_act_id_ = ?",
                Long.class, holders, PilotCityRoundProcess.END_WITHDRAWN_NO_PLAN)).isEqualTo(count);
        String firings = " from act_hi_job_log l join act_hi_procinst p on p.id_ = l.process_instance_id_"
                + " where l.job_state_ = 2 and l.act_id_ = ? and p.business_key_ like ?";
        assertThat(jdbc.queryForObject("select count(*)" + firings, Long.class, PilotCityRoundProcess.TIMER_WINDOW_CLOSES,
                holders)).as("successful timer firings").isEqualTo(count);
        assertThat(jdbc.queryForObject("select count(distinct l.job_id_)" + firings, Long.class,
                PilotCityRoundProcess.TIMER_WINDOW_CLOSES, holders)).as("distinct timers fired").isEqualTo(count);
        assertThat(jdbc.queryForObject("select count(*) from ban where holder_id like ?", Long.class, holders)).isEqualTo(count);
        assertThat(jdbc.queryForObject("select count(distinct holder_id) from ban where holder_id like ?", Long.class, holders))
                .isEqualTo(count);
        assertThat(jdbc.queryForObject("select count(*) from designation where holder_id like ? and status = 'WITHDRAWN'"
                + " and status_rule_id = 'PM-17'", Long.class, holders)).isEqualTo(count);
        assertThat(jdbc.queryForObject("select count(*) from designation where holder_id like ?", Long.class, holders))
                .isEqualTo(count);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ like ?", Long.class,
                holders)).as("no case stuck").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
        System.out.printf("%s: %d cases, %d timers fired once each, failed attempts retried: %d%n", province, count, count,
                jdbc.queryForObject("select count(*) from act_hi_job_log l join act_hi_procinst p on p.id_ ="
                        + " l.process_instance_id_ where l.job_state_ = 1 and p.business_key_ like ?", Long.class, holders));
    }

    private static JdbcTemplate jdbc() {
        return office.getBean(JdbcTemplate.class);
    }
}
