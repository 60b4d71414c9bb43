package cn.ipoffice.programmes.register;

/** The titles (and title-like stages) a holder can hold; bans are per title. */
public enum Title {
    PILOT_CITY(Programme.PM),
    DEMONSTRATION_FOSTERING(Programme.PM),
    MODEL_CITY(Programme.PM),
    EXPERIMENTAL_AREA_CONSTRUCTION(Programme.CA),
    EXPERIMENTAL_AREA(Programme.CA),
    DEMONSTRATIVE_AREA(Programme.CA);

    private final Programme programme;

    Title(Programme programme) {
        this.programme = programme;
    }

    public Programme programme() {
        return programme;
    }
}
