package cn.ipoffice.programmes.clusterareas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.CaseTest;
import cn.ipoffice.programmes.support.EngineClock;
import cn.ipoffice.programmes.support.SipoCalls;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * One area's whole path: application 2014, ratified 2015, unqualified 2018, rectified and qualified,
 * re-checked excellent, demonstrative, unqualified at review, rectified, still unqualified: cancelled.
 */
class ClusterAreaJourneyTest extends CaseTest {

    private static final String SIP = "320500-sip";

    private ListAssert<Tuple> history() {
        return assertThat(register.designationsOf(SIP).stream().map(d -> tuple(d.getTitle(), d.getStatus(),
                d.getTermStart(), d.getTermEnd())).toList());
    }

    @Test
    void application2014_ratified2015_unqualified2018_rectifiedQualified_excellent_demonstrative_cancelled() {
        EngineClock.setTo("2014-09-01T09:00");
        cases.apply(ClusterAreaApplicationProcess.KEY,
                ClusterAreaApplicationTest.application(SIP, "Suzhou Industrial Park", "ECONOMIC_DEVELOPMENT_ZONE", 45));
        ClusterAreaApplicationTest.recommendAndForward(cases, SIP, "2014-09-01");
        history().isEmpty();

        // CA-8, I-14: SIPO ratifies the area in its yearly call; the list's date starts the construction (CA-9).
        SipoCalls.clusterAreas(engine).approve(SIP, "2015-03-10");
        EngineClock.setTo("2015-03-12T09:00");
        history().containsExactly(tuple(Title.EXPERIMENTAL_AREA_CONSTRUCTION, DesignationStatus.ACTIVE,
                LocalDate.of(2015, 3, 10), LocalDate.of(2018, 3, 9)));
        cases.submit(SIP, ExperimentalAreaConstructionProcess.TASK_SUBMIT_PLAN,
                Map.of("constructionPlanSubmittedOn", "2015-03-12", "constructionPlanReference", "Su Zhi Fa [2015] No. 7"));

        cases.at("2018-03-10T00:00", SIP);
        EngineClock.setTo("2018-04-21T09:00");
        cases.submit(SIP, ExperimentalAreaConstructionProcess.TASK_CHECK,
                ExperimentalAreaConstructionTest.check("UNQUALIFIED", "2018-04-20", "2018-10-31"));
        history().containsExactly(tuple(Title.EXPERIMENTAL_AREA_CONSTRUCTION, DesignationStatus.ACTIVE,
                LocalDate.of(2015, 3, 10), LocalDate.of(2018, 3, 9)));

        EngineClock.setTo("2018-10-15T09:00");
        cases.submit(SIP, ExperimentalAreaConstructionProcess.TASK_RECTIFY, ExperimentalAreaConstructionTest.rectification("2018-10-15"));
        EngineClock.setTo("2018-11-20T09:00");
        cases.submit(SIP, ExperimentalAreaConstructionProcess.TASK_CHECK,
                ExperimentalAreaConstructionTest.check("QUALIFIED", "2018-11-20", null));
        history().containsExactly(
                tuple(Title.EXPERIMENTAL_AREA_CONSTRUCTION, DesignationStatus.COMPLETED, LocalDate.of(2015, 3, 10),
                        LocalDate.of(2018, 3, 9)),
                tuple(Title.EXPERIMENTAL_AREA, DesignationStatus.ACTIVE, LocalDate.of(2018, 11, 20), null));

        EngineClock.setTo("2019-06-01T09:00");
        cases.submit(SIP, ExperimentalAreaConstructionProcess.TASK_REQUEST_ANOTHER_CHECK,
                Map.of("anotherCheckRequestedOn", "2019-06-01", "anotherCheckReason", "Trading platform and brand agencies"));
        EngineClock.setTo("2019-07-01T09:00");
        cases.submit(SIP, ExperimentalAreaConstructionProcess.TASK_CHECK,
                ExperimentalAreaConstructionTest.check("EXCELLENT", "2019-07-01", null));
        history().containsExactly(
                tuple(Title.EXPERIMENTAL_AREA_CONSTRUCTION, DesignationStatus.COMPLETED, LocalDate.of(2015, 3, 10),
                        LocalDate.of(2018, 3, 9)),
                tuple(Title.EXPERIMENTAL_AREA, DesignationStatus.COMPLETED, LocalDate.of(2018, 11, 20), null),
                tuple(Title.DEMONSTRATIVE_AREA, DesignationStatus.ACTIVE, LocalDate.of(2019, 7, 1), LocalDate.of(2022, 6, 30)));
        assertThat(cases.runningCount(ExperimentalAreaConstructionProcess.KEY, SIP)).isZero();

        cases.at("2022-07-01T00:00", SIP);
        EngineClock.setTo("2022-07-15T09:00");
        cases.submit(SIP, DemonstrativeAreaTermProcess.TASK_REVIEW,
                DemonstrativeAreaTermTest.review("UNQUALIFIED", "2022-07-15", "2022-12-31"));
        EngineClock.setTo("2022-12-20T09:00");
        cases.submit(SIP, DemonstrativeAreaTermProcess.TASK_RECTIFY, Map.of("rectifiedOn", "2022-12-20",
                "rectificationReport", "Partly rectified", "rectified", true));
        EngineClock.setTo("2023-01-10T09:00");
        cases.submit(SIP, DemonstrativeAreaTermProcess.TASK_REVIEW,
                DemonstrativeAreaTermTest.review("UNQUALIFIED", "2023-01-10", null));

        history().containsExactly(
                tuple(Title.EXPERIMENTAL_AREA_CONSTRUCTION, DesignationStatus.COMPLETED, LocalDate.of(2015, 3, 10),
                        LocalDate.of(2018, 3, 9)),
                tuple(Title.EXPERIMENTAL_AREA, DesignationStatus.COMPLETED, LocalDate.of(2018, 11, 20), null),
                tuple(Title.DEMONSTRATIVE_AREA, DesignationStatus.CANCELLED, LocalDate.of(2019, 7, 1), LocalDate.of(2022, 6, 30)));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(SIP).count()).isZero();
    }
}
