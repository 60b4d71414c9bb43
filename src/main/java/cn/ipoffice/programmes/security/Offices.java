package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.register.Provinces;
import cn.ipoffice.programmes.register.Viewer;
import java.util.Map;
import java.util.Optional;

/**
 * The offices of docs/rules.md "Who does what" as Camunda groups: {@code sipo}, one {@code province-<code>}
 * per province (the first two digits of its administrative division code) and one {@code gov-<id>}
 * per city or cluster area, named after the holder's business key.
 */
public final class Offices {

    public static final String SIPO = Viewer.SIPO;
    public static final String ADMINS = Viewer.ADMINS;
    public static final String MODELERS = "modelers";
    public static final String PROVINCE_PREFIX = Viewer.PROVINCE_PREFIX;
    public static final String GOVERNMENT_PREFIX = Viewer.GOVERNMENT_PREFIX;

    /** The provinces, by the first two digits of their division codes. */
    public static final Map<String, String> PROVINCES = Provinces.NAMES;

    private Offices() {
    }

    /** The province's group of a holder's business key ({@code 320500-sip} → {@code province-32}), if it names one. */
    public static Optional<String> provinceGroup(String businessKey) {
        if (businessKey == null || businessKey.length() < 2 || !PROVINCES.containsKey(businessKey.substring(0, 2))) {
            return Optional.empty();
        }
        return Optional.of(PROVINCE_PREFIX + businessKey.substring(0, 2));
    }

    /** The government's group of a holder's business key ({@code 320500} → {@code gov-320500}). */
    public static String governmentGroup(String businessKey) {
        return GOVERNMENT_PREFIX + businessKey;
    }
}
