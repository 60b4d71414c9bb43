package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Provinces;
import cn.ipoffice.programmes.register.Viewer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the overview is of: the user's offices ({@link Viewer}), the holders and titles they see, read once, and the
 * moment of the figures (the engine's clock, so that a moved clock moves the overview) with its day in China Standard
 * Time.
 *
 * @param provinces the provinces the figures are given for: a province's office its own, SIPO each province that has a
 *        holder in the register
 */
record Scope(Viewer viewer, Instant now, LocalDate today, Map<Holder, List<Designation>> visible, List<String> provinces) {

    /** The province code under which figures without a holder's province are counted (a national case). */
    static final String NATIONAL = "";

    static Scope of(Viewer viewer, Instant now, LocalDate today, Map<Holder, List<Designation>> visible) {
        TreeSet<String> provinces = new TreeSet<>(viewer.seesAll() ? List.of() : viewer.provinces());
        visible.keySet().forEach(holder -> provinces.add(holder.getProvince()));
        return new Scope(viewer, now, today, visible, List.copyOf(provinces));
    }

    boolean national() {
        return viewer.seesAll();
    }

    /** The visible holders by id. */
    Map<String, Holder> holders() {
        return visible.keySet().stream().collect(Collectors.toMap(Holder::getId, Function.identity()));
    }

    Collection<String> holderIds() {
        return visible.keySet().stream().map(Holder::getId).toList();
    }

    /** "Jiangsu" for {@code 32}; figures without a province are SIPO's own, "national". */
    static String provinceName(String code) {
        return code == null || code.equals(NATIONAL) ? "national" : Provinces.NAMES.getOrDefault(code, code);
    }

    /** "the whole country" for SIPO, else the provinces' names ("Jiangsu"). */
    String describe() {
        if (national()) {
            return "the whole country";
        }
        return provinces.stream().map(Scope::provinceName).collect(Collectors.joining(", "));
    }
}
