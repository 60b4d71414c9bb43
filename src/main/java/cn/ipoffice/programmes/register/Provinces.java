package cn.ipoffice.programmes.register;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The provinces' names by the first two digits of their division codes (docs/rules.md "Who does what"), so that what
 * the register shows names a province, not only its code. {@code security.Offices} builds the offices' groups on them.
 */
public final class Provinces {

    /** The provinces, by the first two digits of their division codes. */
    public static final Map<String, String> NAMES = Collections.unmodifiableSortedMap(new TreeMap<>(Map.ofEntries(
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
            Map.entry("65", "Xinjiang"))));

    private Provinces() {
    }

    /** The name of the province a holder lies in ({@code 320500} → Jiangsu); its code where the code names none. */
    public static String nameOf(String holderId) {
        String code = Holder.provinceOf(holderId);
        return NAMES.getOrDefault(code, code);
    }
}
