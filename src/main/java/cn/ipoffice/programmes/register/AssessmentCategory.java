package cn.ipoffice.programmes.register;

/** The categories within which the provincial office ranks its cities (PM-9). */
public enum AssessmentCategory {
    PREFECTURE_LEVEL, COUNTY_LEVEL, URBAN_DISTRICT
}
