package cn.ipoffice.programmes.overdue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the "N days overdue" of every open {@link OverdueIncident}'s message current: each day just
 * after midnight China Standard Time, and at start-up. The engine has no API to change an incident's
 * message, so its runtime and history rows are updated in one transaction; nothing else changes.
 * Idempotent, so every node of a cluster may run it.
 */
@Component
public class OverdueMessages {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueMessages.class);

    private final RuntimeService runtimeService;
    private final JdbcTemplate jdbc;
    private final String tablePrefix;
    private final Clock clock;

    OverdueMessages(RuntimeService runtimeService, JdbcTemplate jdbc, ProcessEngineConfigurationImpl configuration,
            Clock clock) {
        this.clock = clock;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
        this.tablePrefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        refresh();
    }

    /** Returns how many messages changed. */
    @Scheduled(cron = "0 1 0 * * *", zone = "Asia/Shanghai")
    @Transactional
    public int refresh() {
        Instant now = clock.instant();
        List<Object[]> changes = new ArrayList<>();
        for (Incident incident : runtimeService.createIncidentQuery().incidentType(OverdueIncident.TYPE).list().stream()
                .filter(OverdueIncident::isMissedDeadline).toList()) {
            String message = OverdueIncident.parse(incident.getConfiguration()).message(now);
            if (!message.equals(incident.getIncidentMessage())) {
                changes.add(new Object[] {message, incident.getId()});
            }
        }
        if (!changes.isEmpty()) {
            jdbc.batchUpdate("update " + tablePrefix + "ACT_RU_INCIDENT set INCIDENT_MSG_ = ? where ID_ = ?", changes);
            jdbc.batchUpdate("update " + tablePrefix + "ACT_HI_INCIDENT set INCIDENT_MSG_ = ? where ID_ = ?", changes);
            LOG.info("Days overdue brought up to date on {} overdue incidents", changes.size());
        }
        return changes.size();
    }
}
