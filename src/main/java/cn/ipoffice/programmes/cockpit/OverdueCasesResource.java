package cn.ipoffice.programmes.cockpit;

import cn.ipoffice.programmes.engine.EngineClockAdapter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * {@code GET .../overdue-cases/{engine}/cases}: the overdue cases the current Cockpit user may see, with who owes each
 * step and what was done about it ({@link OverdueCasesPage}). The user sees what the engine's authorization lets it
 * read (docs/rules.md "Who does what"), as everywhere else in Cockpit ({@link VisibleOverdueIncidents}).
 */
public class OverdueCasesResource extends AbstractCockpitPluginResource {

    public OverdueCasesResource(String engineName) {
        super(engineName);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<OverdueCase> list() {
        return list(getProcessEngine(), EngineClockAdapter.engineNow());
    }

    /** The rows as of {@code now}, under the engine's current authentication. */
    public static List<OverdueCase> list(ProcessEngine engine, Instant now) {
        return OverdueCasesPage.of(engine).rows(now);
    }
}
