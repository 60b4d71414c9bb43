package cn.ipoffice.programmes.register;

/** What a holder is: a kind of city (PM-3) or a kind of zone (CA-5). */
public enum HolderKind {
    CITY_UNDER_SEPARATE_STATE_PLANNING(Programme.PM),
    SUB_PROVINCIAL_CITY(Programme.PM),
    PREFECTURE_LEVEL_CITY(Programme.PM),
    MUNICIPALITY_DISTRICT(Programme.PM),
    COUNTY_LEVEL_CITY(Programme.PM),
    HI_TECH_ZONE(Programme.CA),
    ECONOMIC_DEVELOPMENT_ZONE(Programme.CA),
    FOREIGN_TRADE_PARK(Programme.CA),
    SERVICE_SECTOR_REFORM_AREA(Programme.CA),
    IP_PILOT_OR_DEMONSTRATION_PARK(Programme.CA),
    OTHER_ZONE(Programme.CA);

    private final Programme programme;

    HolderKind(Programme programme) {
        this.programme = programme;
    }

    public Programme programme() {
        return programme;
    }
}
