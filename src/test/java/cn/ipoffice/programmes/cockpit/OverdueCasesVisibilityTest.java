package cn.ipoffice.programmes.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.annualreport.AnnualReportProcess.In;
import cn.ipoffice.programmes.overdue.OverdueIncident;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.ProcessTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Cockpit "Overdue cases" page shows a user exactly the missed deadlines the engine's own incident
 * query shows it (docs/rules.md "Who does what"), whatever grants give it: its province's, its own on one case,
 * one on a whole process, a wildcard, a grant to every user, a grant without READ, and a revoke. Yancheng's
 * (Jiangsu) and Jiaxing's (Zhejiang) annual reports are overdue, Yangzhou's (Jiangsu) is not.
 */
@ProcessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class OverdueCasesVisibilityTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Register register;

    private final List<String> grantsOfThisTest = new ArrayList<>();
    private String yancheng;
    private String jiaxing;
    private String yangzhou;

    @BeforeAll
    void twoReportsOverdue_oneNot() {
        EngineClock.setTo("2026-01-05T09:00");
        yancheng = reportOwed("320900", "Yancheng");
        jiaxing = reportOwed("330400", "Jiaxing");
        yangzhou = reportOwed("321000", "Yangzhou");
        EngineClock.setTo("2026-02-01T00:00");
        EngineClock.runDueJobs(engine.getManagementService(), yancheng);
        EngineClock.runDueJobs(engine.getManagementService(), jiaxing);
        EngineClock.setTo("2026-02-03T09:00");
    }

    @AfterEach
    void withdrawTheGrantsOfTheTest() {
        engine.getIdentityService().clearAuthentication();
        grantsOfThisTest.forEach(engine.getAuthorizationService()::deleteAuthorization);
        grantsOfThisTest.clear();
    }

    @AfterAll
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void aProvinceSeesTheOverdueCasesOfItsOwnCities() {
        assertThat(seenBy("ovd-jiangsu", "province-32")).contains(yancheng).doesNotContain(jiaxing, yangzhou);
        assertThat(seenBy("ovd-zhejiang", "province-33")).contains(jiaxing).doesNotContain(yancheng);
    }

    @Test
    void aUsersOwnGrantOnOneCaseShowsThatCase() {
        grant("ovd-one-case", null, Resources.PROCESS_INSTANCE, jiaxing, Permissions.READ);

        assertThat(seenBy("ovd-one-case")).containsExactly(jiaxing);
    }

    @Test
    void aGrantOnTheWholeProcessShowsEveryOverdueCaseOfIt() {
        grant("ovd-reports", null, Resources.PROCESS_DEFINITION, AnnualReportProcess.KEY, Permissions.READ_INSTANCE);

        assertThat(seenBy("ovd-reports")).contains(yancheng, jiaxing);
    }

    @Test
    void wildcardGrantsShowEveryOverdueCase() {
        grant("ovd-every-process", null, Resources.PROCESS_DEFINITION, "*", Permissions.READ_INSTANCE);
        grant(null, "ovd-every-case-group", Resources.PROCESS_INSTANCE, "*", Permissions.READ);

        assertThat(seenBy("ovd-every-process")).contains(yancheng, jiaxing);
        assertThat(seenBy("ovd-every-case", "ovd-every-case-group")).contains(yancheng, jiaxing);
        assertThat(seenBy("ovd-admin", Groups.CAMUNDA_ADMIN)).contains(yancheng, jiaxing);
    }

    @Test
    void aGrantToEveryUserShowsItsCaseToAnyone() {
        grant("*", null, Resources.PROCESS_INSTANCE, yancheng, Permissions.ALL);

        assertThat(seenBy("ovd-anyone")).containsExactly(yancheng);
    }

    @Test
    void aGrantWithoutRead_orOnAnotherKindOfResource_showsNothing() {
        grant("ovd-update-only", null, Resources.PROCESS_INSTANCE, yancheng, Permissions.UPDATE);
        grant("ovd-update-only", null, Resources.TASK, "*", Permissions.READ);
        grant("ovd-update-only", null, Resources.PROCESS_DEFINITION, AnnualReportProcess.KEY, Permissions.READ);

        assertThat(seenBy("ovd-update-only")).isEmpty();
        assertThat(seenBy("ovd-nobody")).isEmpty();
    }

    @Test
    void aRevokeTakesAwayWhatTheGroupsGrantGives() {
        Authorization revoke = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("ovd-jiangsu-revoked");
        revoke.setResource(Resources.PROCESS_INSTANCE);
        revoke.setResourceId(yancheng);
        revoke.removePermission(Permissions.READ);
        grantsOfThisTest.add(engine.getAuthorizationService().saveAuthorization(revoke).getId());

        assertThat(seenBy("ovd-jiangsu-revoked", "province-32")).doesNotContain(yancheng);
        assertThat(seenBy("ovd-jiangsu", "province-32")).contains(yancheng);
    }

    /**
     * The process instances of the missed deadlines the page shows the user, after checking that they are
     * exactly those the engine's incident query shows it.
     */
    private Set<String> seenBy(String user, String... groups) {
        return seenBy(engine, user, groups);
    }

    /** As {@link #seenBy(String, String...)}, on any engine of the application. */
    public static Set<String> seenBy(ProcessEngine engine, String user, String... groups) {
        engine.getIdentityService().setAuthentication(user, List.of(groups));
        try {
            Set<String> page = OverdueCasesResource.list(engine, EngineClock.cst("2026-02-03T09:00")).stream()
                    .map(OverdueCase::processInstanceId).collect(Collectors.toCollection(TreeSet::new));
            Set<String> engines = engine.getRuntimeService().createIncidentQuery().incidentType(OverdueIncident.TYPE).listPage(0, 5000)
                    .stream().filter(OverdueIncident::isMissedDeadline).map(incident -> incident.getProcessInstanceId())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(page).as("the page against the engine's incident query for " + user).isEqualTo(engines);
            return page;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private void grant(String user, String group, Resource resource, String resourceId, Permission permission) {
        grantsOfThisTest.add(grant(engine.getAuthorizationService(), user, group, resource, resourceId, permission));
    }

    /** A grant (a global one for user {@code *}); its id. */
    public static String grant(AuthorizationService authorizations, String user, String group, Resource resource,
            String resourceId, Permission permission) {
        Authorization grant = authorizations.createNewAuthorization(
                "*".equals(user) ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
        if (user != null && !"*".equals(user)) {
            grant.setUserId(user);
        }
        if (group != null) {
            grant.setGroupId(group);
        }
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        return authorizations.saveAuthorization(grant).getId();
    }

    private String reportOwed(String code, String name) {
        register.enterHolder(code, name, HolderKind.PREFECTURE_LEVEL_CITY);
        return engine.getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.KEY, code, Map.of(
                In.HOLDER_ID.name(), code, In.HOLDER_NAME.name(), name, In.REPORT_YEAR.name(), 2026, In.RULE_ID.name(), "PM-12",
                In.SUPERVISOR_GROUP.name(), "province-" + code.substring(0, 2))).getId();
    }
}
