package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.register.Viewer;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
    public static final Map<String, String> PROVINCES = new TreeMap<>(Map.ofEntries(
            Map.entry("11", "Beijing"), Map.entry("12", "Tianjin"), Map.entry("13", "Hebei"),
            Map.entry("14", "Shanxi"), Map.entry("15", "Inner Mongolia"), Map.entry("21", "Liaoning"),
            Map.entry("22", "Jilin"), Map.entry("23", "Heilongjiang"), Map.entry("31", "Shanghai"),
            Map.entry("32", "Jiangsu"), Map.entry("33", "Zhejiang"), Map.entry("34", "Anhui"),
            Map.entry("35", "Fujian"), Map.entry("36", "Jiangxi"), Map.entry("37", "Shandong"),
            Map.entry("41", "Henan"), Map.entry("42", "Hubei"), Map.entry("43", "Hunan"),
            Map.entry("44", "Guangdong"), Map.entry("45", "Guangxi"), Map.entry("46", "Hainan"),
            Map.entry("50", "Chongqing"), Map.entry("51", "Sichuan"), Map.entry("52", "Guizhou"),
            Map.entry("53", "Yunnan"), Map.entry("54", "Tibet"), Map.entry("61", "Shaanxi"),
            Map.entry("62", "Gansu"), Map.entry("63", "Qinghai"), Map.entry("64", "Ningxia"),
            Map.entry("65", "Xinjiang")));

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
