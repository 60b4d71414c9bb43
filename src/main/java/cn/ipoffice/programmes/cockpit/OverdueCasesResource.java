package cn.ipoffice.programmes.cockpit;

import cn.ipoffice.programmes.engine.EngineClockAdapter;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * {@code GET .../overdue-cases/{engine}/cases}, and its exports: the overdue cases the current Cockpit user may see, with who owes each
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

    /**
     * {@code GET .../cases/export.csv} and {@code export.xlsx}: the page's rows as a file, those its {@code filter}
     * shows when one is given; any other format is refused (400) naming the formats there are.
     */
    @GET
    @Path("export.{format}")
    public Response export(@PathParam("format") String format, @QueryParam("filter") String filter) {
        Instant now = EngineClockAdapter.engineNow();
        OverdueCasesExport.Download file;
        try {
            file = OverdueCasesExport.file(format, OverdueCasesExport.sheet(list(getProcessEngine(), now), filter),
                    DeadlineCalendar.dayOf(now));
        } catch (IllegalArgumentException refused) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity(refused.getMessage()).build();
        }
        return Response.ok(file.body(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    /** The rows as of {@code now}, under the engine's current authentication. */
    public static List<OverdueCase> list(ProcessEngine engine, Instant now) {
        return OverdueCasesPage.of(engine).rows(now);
    }
}
