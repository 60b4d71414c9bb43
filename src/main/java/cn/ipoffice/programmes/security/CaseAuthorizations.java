package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.casework.CaseFacts;
import cn.ipoffice.programmes.register.Viewer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every case is visible to exactly its offices (docs/rules.md "Who does what"): from its business key (the
 * holder, e.g. {@code 320500} or {@code 320500-sip}), the province's group {@code province-32} and the
 * government's group {@code gov-320500} may read the process instance and its history. The province
 * also reads every task of its cases; each task's candidate groups get READ and TASK_WORK from the engine
 * itself. {@code sipo} reads all cases through {@link OfficeAuthorizations}.
 *
 * <p>These are the rules; {@link OfficeAuthorizationProvider} makes the grants when a case starts and when a
 * task is created, so that applications that learn their holder in their first step (e.g.
 * {@code Task_CheckPilotEligibility}) get theirs at their first task, and {@link CaseAuthorizationBackfill}
 * makes them for cases opened before. An authenticated user who starts a case for a holder outside its offices
 * is refused, and nothing is created.
 */
@Component
class CaseAuthorizations {

    /** One permission an office holds on a case, on a task or on their history. */
    record Grant(String group, Resource resource, Permission permission) {
    }

    private final IdentityService identity;

    CaseAuthorizations(@Lazy IdentityService identity) {
        this.identity = identity;
    }

    /** The holder a case is about: its {@code holderId}, else its business key (docs/rules.md "Identifiers"). */
    static String holderOf(DelegateExecution processInstance) {
        return CaseFacts.holderOf(processInstance).orElse(null);
    }

    /** The groups that may read a holder's cases, besides {@code sipo}. */
    static Set<String> officesOf(String holderId) {
        Set<String> groups = new LinkedHashSet<>();
        Offices.provinceGroup(holderId).ifPresent(groups::add);
        groups.add(Offices.governmentGroup(holderId));
        return groups;
    }

    /** The holder's offices read the case while it runs ({@code running}) and its history. */
    static List<Grant> onCase(String holder, boolean running) {
        List<Grant> grants = new ArrayList<>();
        for (String group : officesOf(holder)) {
            if (running) {
                grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ));
            }
            grants.add(new Grant(group, Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ));
        }
        return grants;
    }

    /** The holder's province reads every task of its cases, and its history, not only those it is a candidate for. */
    static List<Grant> onTask(String holder) {
        return Offices.provinceGroup(holder).map(province -> List.of(
                new Grant(province, Resources.TASK, TaskPermissions.READ),
                new Grant(province, Resources.HISTORIC_TASK, HistoricTaskPermissions.READ))).orElse(List.of());
    }

    /** A user may open a case only for a holder of its own offices; jobs and internal calls have no user. */
    void refuseStrangers(String holder) {
        Authentication user = identity.getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            return;
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (!Viewer.of(groups).sees(holder)) {
            String province = Offices.provinceGroup(holder).map(g -> Offices.PROVINCES.get(g.substring(
                    Offices.PROVINCE_PREFIX.length())) + "'s IP office, ").orElse("");
            throw new CaseOutsideOfficesException("You (" + user.getUserId() + ") may not open a case for "
                    + holder + ": only " + province + "the government of " + holder + " and SIPO may. "
                    + "Check the city or area code.");
        }
    }
}
