package cn.ipoffice.programmes.register;

/** The two designation programmes. */
public enum Programme {
    /** IP service sector cluster development areas (2014, No. 40). */
    CA,
    /** National IP pilot and model cities (2016, No. 87). */
    PM
}
