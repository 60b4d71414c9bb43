package cn.ipoffice.programmes.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** {@code /camunda/api/cockpit/plugin/overdue-cases/{engine}/cases}. */
@Path("plugin/" + OverdueCasesPlugin.ID)
public class OverdueCasesRootResource extends AbstractCockpitPluginRootResource {

    public OverdueCasesRootResource() {
        super(OverdueCasesPlugin.ID);
    }

    @Path("{engineName}/cases")
    public OverdueCasesResource cases(@PathParam("engineName") String engineName) {
        return subResource(new OverdueCasesResource(engineName), engineName);
    }
}
