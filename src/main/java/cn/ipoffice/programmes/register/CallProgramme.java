package cn.ipoffice.programmes.register;

/**
 * A programme SIPO calls for once a year (I-14): the title its approved list grants, the article that says
 * "once every year", and the message each of its applications waits for until the call's list is published.
 * Pilot cities (PM-7), model cities (PM-20: the candidates the provincial offices recommend) and cluster areas
 * (CA-8: the applications the provincial departments forward).
 */
public enum CallProgramme {
    PILOT_CITY(Title.PILOT_CITY, "PM-7", "pilot cities", "pilot-city-call-list-published"),
    MODEL_CITY(Title.MODEL_CITY, "PM-20", "model cities", "model-city-call-list-published"),
    CLUSTER_AREA(Title.EXPERIMENTAL_AREA_CONSTRUCTION, "CA-8", "cluster development areas",
            "cluster-area-call-list-published");

    private final Title title;
    private final String ruleId;
    private final String listName;
    private final String listPublishedMessage;

    CallProgramme(Title title, String ruleId, String listName, String listPublishedMessage) {
        this.title = title;
        this.ruleId = ruleId;
        this.listName = listName;
        this.listPublishedMessage = listPublishedMessage;
    }

    public Title title() {
        return title;
    }

    /** The article of the yearly decision: PM-7 for pilot cities, PM-20 for model cities, CA-8 for cluster areas. */
    public String ruleId() {
        return ruleId;
    }

    /** How the list is named in words: "the 2027 list of pilot cities". */
    public String listName() {
        return listName;
    }

    /** The message an application of the programme waits for, correlated when its call's list is published. */
    public String listPublishedMessage() {
        return listPublishedMessage;
    }
}
