package cn.ipoffice.programmes.demo;

import cn.ipoffice.programmes.demo.DemoPlan.DemoHolder;
import cn.ipoffice.programmes.security.OfficeAuthorizations;
import cn.ipoffice.programmes.security.Offices;
import cn.ipoffice.programmes.tasklist.TasklistFilters;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's offices and users (README, "Demo users": every password is the user's id), created on the first start
 * before the web server takes its first request, so that no documented login is refused while the demo's cases are
 * still being started ({@link DemoData}, after the server is up). With them come what a login and its first page need,
 * which every start makes once its server is up: the offices' grants (Tasklist, Cockpit) and Tasklist's filters. Spring
 * calls {@link #afterSingletonsInstantiated()} once every bean exists and before the context's lifecycle starts the
 * web server. Outside the demo nothing changes: a new database has no user but the administrator to log in.
 */
@Component
@ConditionalOnProperty(name = "ipp.demo.enabled", havingValue = "true")
class DemoUsers implements SmartInitializingSingleton {

    record DemoUser(String id, String firstName, String lastName, String group) {
    }

    static final List<DemoUser> OFFICE_USERS = List.of(
            new DemoUser("sipo", "Wang", "Fang (SIPO)", Offices.SIPO),
            new DemoUser("jiangsu", "Li", "Wei (Jiangsu IP Office)", "province-32"),
            new DemoUser("zhejiang", "Zhang", "Min (Zhejiang IP Office)", "province-33"),
            new DemoUser("fujian", "Lin", "Tao (Fujian IP Office)", "province-35"),
            new DemoUser("shandong", "Liu", "Yang (Shandong IP Office)", "province-37"),
            new DemoUser("hubei", "Zhao", "Lei (Hubei IP Office)", "province-42"),
            new DemoUser("guangdong", "Chen", "Hui (Guangdong IP Office)", "province-44"),
            new DemoUser("sichuan", "Yang", "Xue (Sichuan IP Office)", "province-51"));

    private final IdentityService identityService;
    private final OfficeAuthorizations officeAuthorizations;
    private final TasklistFilters tasklistFilters;
    private final TransactionTemplate transaction;
    private final String adminId;
    private final Clock clock;

    DemoUsers(IdentityService identityService, OfficeAuthorizations officeAuthorizations, TasklistFilters tasklistFilters,
            TransactionTemplate transaction, @Value("${camunda.bpm.admin-user.id}") String adminId, Clock clock) {
        this.identityService = identityService;
        this.officeAuthorizations = officeAuthorizations;
        this.tasklistFilters = tasklistFilters;
        this.transaction = transaction;
        this.adminId = adminId;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (identityService.createUserQuery().userId(OFFICE_USERS.get(0).id()).count() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> create(DemoHolders.plan(DemoData.today(clock))));
        officeAuthorizations.grant();
        tasklistFilters.createOrUpdate();
    }

    private void create(List<DemoHolder> holders) {
        group(Offices.SIPO, "SIPO (national office)");
        Offices.PROVINCES.forEach((code, name) -> group(Offices.PROVINCE_PREFIX + code, name + " IP Office"));
        OFFICE_USERS.forEach(u -> user(u.id(), u.firstName(), u.lastName(), u.group()));
        identityService.createMembership(adminId, Offices.SIPO);
        // A process modeler deploys revised diagrams from Camunda Modeler with this user.
        group(Offices.MODELERS, "Process modelers");
        user("modeler", "Process", "Modeler", Offices.MODELERS);
        governmentUser(DemoData.APPLICANT_CITY, "Wuxi", "wuxi", false);
        governmentUser(DemoData.APPLICANT_AREA, "Wuxi National Hi-tech District", "wxhtz", true);
        for (DemoHolder holder : holders) {
            governmentUser(holder.id(), holder.name(), holder.user(), holder.isArea());
        }
    }

    private void governmentUser(String businessKey, String name, String userId, boolean area) {
        String group = Offices.governmentGroup(businessKey);
        group(group, (area ? "Administrative Committee of " : "People's Government of ") + name);
        user(userId, name, area ? "Administrative Committee" : "Government", group);
    }

    private void group(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    private void user(String id, String firstName, String lastName, String groupId) {
        User user = identityService.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword(id);
        user.setEmail(id + "@example.org");
        identityService.saveUser(user);
        identityService.createMembership(id, groupId);
    }
}
