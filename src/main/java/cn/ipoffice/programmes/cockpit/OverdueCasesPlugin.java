package cn.ipoffice.programmes.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "Overdue cases": a page in Cockpit's top menu that lists every overdue case the
 * user may see, across all processes. Its script is {@code plugin-webapp/overdue-cases/app/plugin.js};
 * its data comes from {@link OverdueCasesResource}.
 */
public class OverdueCasesPlugin extends AbstractCockpitPlugin {

    public static final String ID = "overdue-cases";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(OverdueCasesRootResource.class);
    }
}
