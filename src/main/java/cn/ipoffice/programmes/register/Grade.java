package cn.ipoffice.programmes.register;

/** The grades provincial offices give in the annual performance assessment (PM-9). */
public enum Grade {
    EXCELLENT, AVERAGE, POOR
}
