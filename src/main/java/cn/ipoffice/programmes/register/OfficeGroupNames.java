package cn.ipoffice.programmes.register;

import java.util.Map;
import java.util.Set;

/**
 * An office's name as the offices call it, with its Tasklist group (docs/rules.md "Who does what"):
 * "Suzhou municipal government (gov-320500)", "Jiangsu provincial IP office (province-32)", "SIPO (sipo)". A
 * government is named after its holder in the register (a district of a municipality has a district government, a
 * cluster area an administrative committee), or after the name its case gives the holder where the register holds
 * none yet; a province after {@link Provinces}. A group that is no office (e.g. {@code modelers}) is named by itself.
 *
 * <p>{@code offices.OfficeNames} words offices for the offices' own pages ("government of Suzhou (320500)"); here the
 * group is named as well, as the supervisor finds it in Tasklist and Admin.
 */
public final class OfficeGroupNames {

    /** Beijing, Tianjin, Shanghai and Chongqing: the cities of these codes are their districts (PM-3). */
    private static final Set<String> MUNICIPALITIES = Set.of("11", "12", "31", "50");

    private OfficeGroupNames() {
    }

    /**
     * @param registered the register's holders, by id: those of the government groups whose cases do not name them
     * @param namesOfCases holders' names as their cases give them (their kinds read from their ids)
     */
    public static String of(String group, Map<String, Holder> registered, Map<String, String> namesOfCases) {
        if (group == null) {
            return null;
        }
        String name = nameOf(group, registered, namesOfCases);
        return name.equals(group) ? group : name + " (" + group + ")";
    }

    private static String nameOf(String group, Map<String, Holder> registered, Map<String, String> namesOfCases) {
        if (group.equals(Viewer.SIPO)) {
            return "SIPO";
        }
        if (group.equals(Viewer.ADMINS)) {
            return "Administrators";
        }
        if (group.startsWith(Viewer.PROVINCE_PREFIX)) {
            String code = group.substring(Viewer.PROVINCE_PREFIX.length());
            String province = Provinces.NAMES.get(code);
            return province == null ? "Provincial IP office " + code : province + " provincial IP office";
        }
        if (group.startsWith(Viewer.GOVERNMENT_PREFIX)) {
            String holderId = group.substring(Viewer.GOVERNMENT_PREFIX.length());
            Holder holder = registered.get(holderId);
            if (holder != null) {
                return holder.getName() + " " + governmentOf(holder.getKind());
            }
            String name = namesOfCases.get(holderId);
            return name == null ? "Government of " + holderId : name + " " + governmentOf(holderId);
        }
        return group;
    }

    /** A holder's government by its id alone: an area's committee, a municipality's district, else a city's. */
    private static String governmentOf(String holderId) {
        if (holderId.contains("-")) {
            return "administrative committee";
        }
        return MUNICIPALITIES.contains(Holder.provinceOf(holderId)) ? "district government" : "municipal government";
    }

    private static String governmentOf(HolderKind kind) {
        if (kind.programme() == Programme.CA) {
            return "administrative committee";
        }
        return kind == HolderKind.MUNICIPALITY_DISTRICT ? "district government" : "municipal government";
    }
}
