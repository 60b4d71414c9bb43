package cn.ipoffice.programmes.register;

/** The categories within which the provincial office ranks its cities (PM-9). */
public enum AssessmentCategory {
    PREFECTURE_LEVEL, COUNTY_LEVEL, URBAN_DISTRICT;

    /**
     * The category of a city by the kind the register holds (PM-3): the district of a municipality ranks with the
     * urban districts, a county-level city with the county-level cities, every other city with the prefecture-level
     * ones (a sub-provincial city and a city under separate state planning are cities at least of prefecture level).
     */
    public static AssessmentCategory of(HolderKind kind) {
        return switch (kind) {
            case MUNICIPALITY_DISTRICT -> URBAN_DISTRICT;
            case COUNTY_LEVEL_CITY -> COUNTY_LEVEL;
            case PREFECTURE_LEVEL_CITY, SUB_PROVINCIAL_CITY, CITY_UNDER_SEPARATE_STATE_PLANNING -> PREFECTURE_LEVEL;
            default -> throw new IllegalArgumentException(kind + " is not a city: it is not ranked in the PM-9 assessment");
        };
    }
}
