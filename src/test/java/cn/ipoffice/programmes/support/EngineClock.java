package cn.ipoffice.programmes.support;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Moves the engine clock in China Standard Time and runs the jobs of a case that are due by then. */
public final class EngineClock {

    private EngineClock() {
    }

    /** An instant given as a China Standard Time wall-clock time, e.g. {@code 2026-01-31T23:59}. */
    public static Instant cst(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(DeadlineCalendar.CHINA).toInstant();
    }

    public static Date cstDate(String localDateTime) {
        return Date.from(cst(localDateTime));
    }

    public static void setTo(String cstLocalDateTime) {
        ClockUtil.setCurrentTime(cstDate(cstLocalDateTime));
    }

    public static void reset() {
        ClockUtil.reset();
    }

    /** Runs every job that is due by the engine clock, in any case, earliest first; returns how many ran. */
    public static int runAllDueJobs(ManagementService managementService) {
        for (int ran = 0; ran < 5000; ran++) {
            List<Job> due = managementService.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return ran;
            }
            managementService.executeJob(due.get(0).getId());
        }
        throw new IllegalStateException("Jobs keep coming due");
    }

    /** Runs the jobs of the process instance that are due by the engine clock, earliest first; returns how many ran. */
    public static int runDueJobs(ManagementService managementService, String processInstanceId) {
        for (int ran = 0; ran < 500; ran++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).executable()
                    .orderByJobDuedate().asc().listPage(0, 1);
            if (due.isEmpty()) {
                return ran;
            }
            managementService.executeJob(due.get(0).getId());
        }
        throw new IllegalStateException("Jobs keep coming due for " + processInstanceId);
    }
}
