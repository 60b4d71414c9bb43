package cn.ipoffice.programmes.pilotcities.rules;

/** What a city records within 6 months of its pilot term's expiry (PM-15, PM-16). */
public enum NextStage {
    NEW_ROUND, FOSTERING
}
