package cn.ipoffice.programmes.support;

import cn.ipoffice.programmes.modelcities.TitleWithdrawalProcess;

/** JSON bodies of REST calls that open cases, as a city's government or SIPO sends them. */
public final class RestBodies {

    private RestBodies() {
    }

    /**
     * A pilot city's application, PM-5 (i) to (iv) attested (the start form of {@code pilot-city-application}); (v) is
     * met where SIPO's figures of the year before are recorded ({@link SipoFigures}).
     */
    public static String pilotApplication(String code, String name) {
        return """
                {"variables": {
                  "cityCode": {"value": "%s", "type": "String"}, "cityName": {"value": "%s", "type": "String"},
                  "cityKind": {"value": "PREFECTURE_LEVEL_CITY", "type": "String"},
                  "leadersGivePriority": {"value": true, "type": "Boolean"},
                  "administrationIntermediateOrAbove": {"value": true, "type": "Boolean"},
                  "patentQualityResults": {"value": true, "type": "Boolean"},
                  "ipOperationResults": {"value": true, "type": "Boolean"},
                  "featuredThemes": {"value": "Patents for shipbuilding", "type": "String"},
                  "workPlanReference": {"value": "Zheng Fa [2026] No. 2", "type": "String"}}}""".formatted(code, name);
    }

    /** A PM-32(c) finding that starts {@code title-withdrawal} by its message, naming the holder as the detection does. */
    public static String titleWithdrawalFinding(String holderId, String holderName) {
        return """
                {"messageName": "%s", "businessKey": "%s", "processVariables": {
                  "holderId": {"value": "%s", "type": "String"}, "holderName": {"value": "%s", "type": "String"},
                  "title": {"value": "PILOT_CITY", "type": "String"},
                  "ground": {"value": "LAST_TWO_YEARS_RUNNING", "type": "String"},
                  "verifiedOn": {"value": "2026-03-02", "type": "String"},
                  "finding": {"value": "Last of its category in 2024 and 2025", "type": "String"}}}"""
                .formatted(TitleWithdrawalProcess.MESSAGE_DETECTED, holderId, holderId, holderName);
    }
}
