package cn.ipoffice.programmes.pilotcities.rules;

/** The three outcomes of a pilot city's acceptance score (PM-14). */
public enum AcceptanceBand {
    /** Below 60: the title is withdrawn with a 2-year ban. */
    WITHDRAWAL,
    /** 60 to 70 inclusive (I-1): may enter a new pilot round. */
    NEW_ROUND,
    /** Above 70: may enter demonstration fostering (or a new pilot round). */
    FOSTERING
}
