package cn.ipoffice.programmes.demo;

import cn.ipoffice.programmes.annualreport.AnnualReportProcess;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Programme;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.security.Offices;
import cn.ipoffice.programmes.register.AssessmentCategory;
import cn.ipoffice.programmes.register.Grade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo profile's data, created on its first start only: the groups of SPEC.md, users per office
 * (passwords in the README), a few cities and a cluster area in the register, and annual reports
 * owed, one of them already overdue.
 */
@Component
@ConditionalOnProperty(name = "ipp.demo.enabled", havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    record DemoHolder(String id, String name, HolderKind kind, Title title, LocalDate termStart, String user) {
        String ruleId() {
            return switch (title) {
                case PILOT_CITY -> "PM-7";
                case DEMONSTRATION_FOSTERING -> "PM-15";
                default -> "CA-9";
            };
        }
    }

    record DemoUser(String id, String firstName, String lastName, String group) {
    }

    static final List<DemoHolder> HOLDERS = List.of(
            new DemoHolder("320500", "Suzhou", HolderKind.PREFECTURE_LEVEL_CITY, Title.PILOT_CITY,
                    LocalDate.of(2025, 3, 1), "suzhou"),
            new DemoHolder("320100", "Nanjing", HolderKind.SUB_PROVINCIAL_CITY, Title.PILOT_CITY,
                    LocalDate.of(2023, 9, 1), "nanjing"),
            new DemoHolder("330100", "Hangzhou", HolderKind.SUB_PROVINCIAL_CITY, Title.PILOT_CITY,
                    LocalDate.of(2024, 6, 15), "hangzhou"),
            new DemoHolder("330200", "Ningbo", HolderKind.CITY_UNDER_SEPARATE_STATE_PLANNING, Title.PILOT_CITY,
                    LocalDate.of(2025, 5, 20), "ningbo"),
            new DemoHolder("320500-sip", "Suzhou Industrial Park", HolderKind.ECONOMIC_DEVELOPMENT_ZONE,
                    Title.EXPERIMENTAL_AREA_CONSTRUCTION, LocalDate.of(2024, 11, 30), "sip"),
            new DemoHolder("370200", "Qingdao", HolderKind.CITY_UNDER_SEPARATE_STATE_PLANNING,
                    Title.DEMONSTRATION_FOSTERING, LocalDate.of(2024, 6, 1), "qingdao"));

    static final String APPLICANT_CITY = "320200";
    static final String APPLICANT_AREA = "320200-wxhtz";

    static final List<DemoUser> OFFICE_USERS = List.of(
            new DemoUser("sipo", "Wang", "Fang (SIPO)", "sipo"),
            new DemoUser("jiangsu", "Li", "Wei (Jiangsu IP Office)", "province-32"),
            new DemoUser("zhejiang", "Zhang", "Min (Zhejiang IP Office)", "province-33"),
            new DemoUser("shandong", "Liu", "Yang (Shandong IP Office)", "province-37"));

    /** SIPO's figures of pilot cities for a year (PM-18(iv), (vi)): enforcement score, pledge financing (10,000 yuan). */
    static final List<String[]> FIGURES = List.of(
            new String[] {"370200", "96", "880000"}, new String[] {"320500", "95", "860000"},
            new String[] {"330100", "90", "760000"}, new String[] {"320100", "88", "700000"},
            new String[] {"330200", "84", "640000"});


    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final Register register;
    private final String adminId;

    DemoData(IdentityService identityService, RuntimeService runtimeService, Register register,
            @Value("${camunda.bpm.admin-user.id}") String adminId) {
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.register = register;
        this.adminId = adminId;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (register.holder(HOLDERS.get(0).id()).isPresent()) {
            LOG.info("Demo data already present");
            return;
        }
        group("sipo", "SIPO (national office)");
        Offices.PROVINCES.forEach((code, name) -> group("province-" + code, name + " IP Office"));
        OFFICE_USERS.forEach(u -> user(u.id(), u.firstName(), u.lastName(), u.group()));
        identityService.createMembership(adminId, "sipo");
        // Wuxi holds no title yet: its government can walk an application through Tasklist.
        group("gov-" + APPLICANT_CITY, "People's Government of Wuxi");
        user("wuxi", "Wuxi", "Government", "gov-" + APPLICANT_CITY);
        // A process modeler deploys revised diagrams from Camunda Modeler with this user.
        group("modelers", "Process modelers");
        user("modeler", "Process", "Modeler", "modelers");
        // Likewise Wuxi's hi-tech district for a cluster-area application.
        group("gov-" + APPLICANT_AREA, "Administrative Committee of the Wuxi National Hi-tech District");
        user("wxhtz", "Wuxi Hi-tech District", "Administrative Committee", "gov-" + APPLICANT_AREA);
        LocalDate today = DeadlineCalendar.dayOf(Instant.now());
        for (DemoHolder holder : HOLDERS) {
            register.enterHolder(holder.id(), holder.name(), holder.kind());
            register.grant(holder.id(), holder.title(), DeadlineCalendar.term(holder.termStart(), 3), 1,
                    holder.ruleId(),
                    "demo:" + holder.id(), null);
            group("gov-" + holder.id(), "People's Government of " + holder.name());
            user(holder.user(), holder.name(), "Government", "gov-" + holder.id());
            reportOwed(holder, nextReportYear(today));
        }
        // Qingdao, in fostering, can apply as a model city: two excellent grades, and SIPO's figures of last year.
        int lastYear = today.getYear() - 1;
        register.recordAssessment("370200", lastYear - 2, Grade.EXCELLENT, AssessmentCategory.PREFECTURE_LEVEL, 1, 12);
        register.recordAssessment("370200", lastYear - 1, Grade.AVERAGE, AssessmentCategory.PREFECTURE_LEVEL, 4, 12);
        register.recordAssessment("370200", lastYear, Grade.EXCELLENT, AssessmentCategory.PREFECTURE_LEVEL, 2, 12);
        FIGURES.forEach(f -> register.recordFigures(f[0], lastYear, new BigDecimal(f[1]), new BigDecimal(f[2])));
        // Nanjing's last report is still missing: the deadline has passed and the case is overdue.
        reportOwed(HOLDERS.get(1), nextReportYear(today) - 1);
        LOG.info("Demo data created: {} holders, users {} and the holders' governments", HOLDERS.size(),
                OFFICE_USERS.stream().map(DemoUser::id).toList());
    }

    /** The year of the next 31 January still to come (today included). */
    static int nextReportYear(LocalDate today) {
        return today.isAfter(LocalDate.of(today.getYear(), 1, 31)) ? today.getYear() + 1 : today.getYear();
    }

    private void reportOwed(DemoHolder holder, int year) {
        boolean area = holder.title().programme() == Programme.CA;
        runtimeService.startProcessInstanceByKey(AnnualReportProcess.KEY, holder.id(), Map.of(
                AnnualReportProcess.In.HOLDER_ID, holder.id(),
                AnnualReportProcess.In.REPORT_YEAR, year,
                AnnualReportProcess.In.RULE_ID, area ? "CA-15" : "PM-12",
                AnnualReportProcess.In.SUPERVISOR_GROUP, area ? "sipo" : "province-" + holder.id().substring(0, 2)));
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
