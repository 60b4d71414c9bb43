package cn.ipoffice.programmes.cockpit;

import cn.ipoffice.programmes.casework.CaseVariables;
import cn.ipoffice.programmes.overdue.OverdueIncident;
import org.camunda.bpm.cockpit.db.QueryParameters;

/** The parameters of the page's query {@code selectMissedDeadlines} ({@code cockpit/overdue-cases.xml}). */
public class OverdueCasesQuery extends QueryParameters {

    private static final long serialVersionUID = 1L;

    /** The statement, as the plugin's mapping names it. */
    static final String STATEMENT = "cn.ipoffice.programmes.cockpit.overdueCases.selectMissedDeadlines";

    OverdueCasesQuery(int most) {
        setFirstResult(0);
        setMaxResults(most);
    }

    public String getIncidentType() {
        return OverdueIncident.TYPE;
    }

    public String getHolderNameVariable() {
        return CaseVariables.HOLDER_NAME;
    }
}
