package cn.ipoffice.programmes.pilotcities.rules;

import cn.ipoffice.programmes.rules.Decision;
import cn.ipoffice.programmes.register.HolderKind;
import java.util.Map;

/**
 * PM-3: applicants are cities under separate state planning, sub-provincial cities, prefecture-level
 * cities (prefectures, leagues) and districts of municipalities.
 */
public final class PilotApplicantKind {

    public static final String RULE = "PM-3";

    private static final Map<HolderKind, String> ADMITTED = Map.of(
            HolderKind.CITY_UNDER_SEPARATE_STATE_PLANNING, "a city under separate state planning",
            HolderKind.SUB_PROVINCIAL_CITY, "a sub-provincial city",
            HolderKind.PREFECTURE_LEVEL_CITY, "a prefecture-level city (prefecture, league)",
            HolderKind.MUNICIPALITY_DISTRICT, "a district of a municipality directly under the central government");

    private PilotApplicantKind() {
    }

    public static Decision decide(HolderKind kind) {
        if (kind == null) {
            return Decision.refuse(RULE, "PM-3: the kind of city is not given");
        }
        String admitted = ADMITTED.get(kind);
        return admitted != null
                ? Decision.allow(RULE, "PM-3: the applicant is " + admitted)
                : Decision.refuse(RULE, "PM-3: a " + kind.name().toLowerCase().replace('_', ' ')
                        + " may not apply; only cities under separate state planning, sub-provincial cities,"
                        + " prefecture-level cities and districts of municipalities may");
    }
}
