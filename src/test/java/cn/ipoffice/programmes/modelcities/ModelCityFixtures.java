package cn.ipoffice.programmes.modelcities;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Apply;
import cn.ipoffice.programmes.modelcities.ModelCityApplicationProcess.Score;
import cn.ipoffice.programmes.register.AssessmentCategory;
import cn.ipoffice.programmes.register.DesignationStatus;
import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.HolderKind;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Title;
import cn.ipoffice.programmes.support.Cases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The register a model-city candidate meets in January 2020: pilot city 2015-2018, fostering since
 * 1 June 2018, "excellent" in 2017 and 2019, and SIPO's figures of ten pilot cities for 2019.
 */
final class ModelCityFixtures {

    /** Ten pilot cities and their 2019 figures, best first: rank 1 is Shenzhen, rank 2 Suzhou, rank 3 Wuxi. */
    static final List<String[]> FIGURES_2019 = List.of(
            new String[] {"440300", "Shenzhen", "98", "900000"}, new String[] {"320500", "Suzhou", "95", "850000"},
            new String[] {"320200", "Wuxi", "93", "800000"}, new String[] {"330100", "Hangzhou", "90", "750000"},
            new String[] {"320100", "Nanjing", "88", "700000"}, new String[] {"370200", "Qingdao", "85", "650000"},
            new String[] {"350200", "Xiamen", "80", "600000"}, new String[] {"420100", "Wuhan", "75", "550000"},
            new String[] {"510100", "Chengdu", "70", "500000"}, new String[] {"610100", "Xi'an", "65", "450000"});

    private ModelCityFixtures() {
    }

    static void figures2019(Register register) {
        figures(register, 2019);
    }

    /** The same ranking of the ten cities, recorded for another year. */
    static void figures(Register register, int year) {
        for (String[] f : FIGURES_2019) {
            register.enterHolder(f[0], f[1], HolderKind.SUB_PROVINCIAL_CITY);
            register.recordFigures(f[0], year, new BigDecimal(f[2]), new BigDecimal(f[3]));
        }
    }

    /** A model city from 10 March 2020 to 9 March 2023, examined by SIPO excellent in 2020 and 2022 (PM-23, I-8). */
    static void modelCity(Register register, String code, String name) {
        modelCityTitle(register, code, name);
        register.recordExamination(code, 2020, Grade.EXCELLENT, new BigDecimal("412.5"), new BigDecimal("95"), null);
        register.recordExamination(code, 2021, Grade.AVERAGE, new BigDecimal("398"), new BigDecimal("80"), null);
        register.recordExamination(code, 2022, Grade.EXCELLENT, new BigDecimal("430"), new BigDecimal("100"), null);
    }

    /** A model city from 10 March 2020 to 9 March 2023 that SIPO has not examined yet. */
    static void modelCityTitle(Register register, String code, String name) {
        register.enterHolder(code, name, HolderKind.SUB_PROVINCIAL_CITY);
        register.grant(code, Title.MODEL_CITY, DeadlineCalendar.term(LocalDate.of(2020, 3, 10), 3), 1, "PM-20",
                "fixture:PM-20:" + code, null);
    }

    /** A city in fostering since 1 June 2018 with two excellent grades in 2017-2019. */
    static void fosteringCity(Register register, String code, String name) {
        register.enterHolder(code, name, HolderKind.SUB_PROVINCIAL_CITY);
        register.grant(code, Title.PILOT_CITY, DeadlineCalendar.term(LocalDate.of(2015, 3, 1), 3), 1, "PM-7",
                "fixture:PM-7:" + code, null);
        register.closeActive(code, Title.PILOT_CITY, DesignationStatus.COMPLETED, "PM-15", "fostering");
        register.grant(code, Title.DEMONSTRATION_FOSTERING, DeadlineCalendar.term(LocalDate.of(2018, 6, 1), 3), 1, "PM-15",
                "fixture:PM-15:" + code, null);
        register.recordAssessment(code, 2017, Grade.EXCELLENT, AssessmentCategory.PREFECTURE_LEVEL, 1, 13);
        register.recordAssessment(code, 2018, Grade.AVERAGE, AssessmentCategory.PREFECTURE_LEVEL, 3, 13);
        register.recordAssessment(code, 2019, Grade.EXCELLENT, AssessmentCategory.PREFECTURE_LEVEL, 2, 13);
    }

    /** PM-18 (ii), (iii), (v) and (viii) attested, as the city's start form and reexamination form carry them. */
    static Map<String, Object> attested() {
        Map<String, Object> form = new HashMap<>();
        form.put(Apply.IP_IN_GOVERNMENT_ASSESSMENT.name(), true);
        form.put(Apply.AMONG_BEST_NATIONALLY.name(), true);
        form.put(Apply.QUALITY_ORIENTED_FUNDING.name(), true);
        form.put(Apply.NO_MAJOR_INFRINGEMENT.name(), true);
        return form;
    }

    /** The reexamination application (PM-27, PM-28): the attested conditions and the scores of Appendix 2. */
    /** The city's reexamination application (PM-27): what it attests; the province scores it (PM-19(ii), PM-28). */
    static Map<String, Object> reexaminationApplication() {
        return attested();
    }

    /** The provincial office scores the applicant for its reexamination on its form (PM-19(ii), PM-28). */
    static void provinceScoresForReexamination(Cases cases, String code, String weightedTotal) {
        cases.complete(code, ModelCityTermProcess.TASK_SCORE_FOR_REEXAMINATION, scores("72.5", weightedTotal));
    }

    /** The model-city application's start form: the city and what it attests; no score (PM-19(ii)). */
    static Map<String, Object> application(String code) {
        Map<String, Object> form = attested();
        form.put(Apply.CITY_CODE.name(), code);
        return form;
    }

    /** The scores of the indicator system of Appendix 2 (PM-18(ix)), as the provincial office enters them. */
    static Map<String, Object> scores(String objectiveStrength, String weightedTotal) {
        return Map.of(Score.OBJECTIVE_STRENGTH.name(), Double.parseDouble(objectiveStrength),
                Score.WEIGHTED_TOTAL.name(), Double.parseDouble(weightedTotal));
    }
}
