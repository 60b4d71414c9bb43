package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.calls.YearlyCallProcess;
import cn.ipoffice.programmes.clusterareas.ClusterAreaApplicationProcess;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess;
import cn.ipoffice.programmes.modelcities.ModelExaminationRoundProcess;
import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;
import cn.ipoffice.programmes.pilotcities.PilotCityApplicationProcess;
import cn.ipoffice.programmes.pilotcities.ProvincialAssessmentRoundProcess;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each office may do whatever the case, granted (idempotently) at every start-up. Which cases it
 * sees comes from {@link CaseAuthorizations}. The demo grants it before its web server starts too ({@link #grant()}).
 * <ul>
 * <li>Every user: Tasklist and the names of users and groups.</li>
 * <li>Every group: the process definitions (diagrams and forms), and starting the three applications (for a
 * holder of its own offices only, see {@link CaseAuthorizations}): {@link EveryOffice}.</li>
 * <li>{@code sipo}: Cockpit, every case, task and its history, and starting a title withdrawal, a yearly call
 * (PM-7, I-14: no other group may open a call) and the model cities' yearly examination round (PM-23).</li>
 * <li>{@code province-<code>}: Cockpit, for its own province's cases; it opens its own assessment round (PM-9).</li>
 * <li>{@code modelers}: Cockpit and deployments (Camunda Modeler).</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OfficeAuthorizations implements ApplicationRunner {

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";
    static final List<String> APPLICATIONS = List.of(PilotCityApplicationProcess.KEY,
            ClusterAreaApplicationProcess.KEY, ModelCityApplicationProcess.KEY);

    private final AuthorizationService service;
    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl configuration;

    OfficeAuthorizations(AuthorizationService service, IdentityService identity,
            ProcessEngineConfigurationImpl configuration) {
        this.service = service;
        this.identity = identity;
        this.configuration = configuration;
    }

    @Override
    public void run(ApplicationArguments args) {
        grant();
    }

    /** Every grant of the list above that is missing. */
    public void grant() {
        Grants.toEveryone(service, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        // Names of users and offices, which Tasklist shows and the filters' ${currentUserGroups()} reads.
        Grants.toEveryone(service, Resources.USER, "*", Permissions.READ);
        Grants.toEveryone(service, Resources.GROUP, "*", Permissions.READ);
        EveryOffice.retireGlobalGrants(service);
        EveryOffice.grantToEveryGroup(service, identity, configuration.getAdminGroups());

        String sipo = Offices.SIPO;
        Grants.toGroup(service, sipo, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        Grants.toGroup(service, sipo, Resources.PROCESS_DEFINITION, "*", Permissions.READ,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
        Grants.toGroup(service, sipo, Resources.PROCESS_DEFINITION, TitleWithdrawalProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        Grants.toGroup(service, sipo, Resources.PROCESS_DEFINITION, YearlyCallProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        // PM-23: only SIPO opens the yearly examination round of the model cities.
        Grants.toGroup(service, sipo, Resources.PROCESS_DEFINITION, ModelExaminationRoundProcess.KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        Grants.toGroup(service, sipo, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        Grants.toGroup(service, sipo, Resources.TASK, "*", Permissions.READ);
        Grants.toGroup(service, sipo, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
        Grants.toGroup(service, sipo, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
        Grants.toGroup(service, sipo, Resources.DEPLOYMENT, "*", Permissions.READ);
        Grants.toGroup(service, sipo, Resources.DECISION_DEFINITION, "*", Permissions.READ);

        for (String code : Offices.PROVINCES.keySet()) {
            Grants.toGroup(service, Offices.PROVINCE_PREFIX + code, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
            // PM-9: each province opens its own assessment round; a round named for another province is refused.
            Grants.toGroup(service, Offices.PROVINCE_PREFIX + code, Resources.PROCESS_DEFINITION,
                    ProvincialAssessmentRoundProcess.KEY, Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        }

        String modelers = Offices.MODELERS;
        Grants.toGroup(service, modelers, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        Grants.toGroup(service, modelers, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ,
                Permissions.DELETE);
        Grants.toGroup(service, modelers, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    }
}
