package cn.ipoffice.programmes.register;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whose holders a user may see, from the user's groups (docs/rules.md "Who does what"): {@code sipo} and
 * administrators see all, {@code province-32} sees Jiangsu's holders, {@code gov-320500} sees Suzhou.
 */
public record Viewer(boolean seesAll, Set<String> provinces, Set<String> holderIds) {

    public static final String SIPO = "sipo";
    public static final String ADMINS = "camunda-admin";
    public static final String PROVINCE_PREFIX = "province-";
    public static final String GOVERNMENT_PREFIX = "gov-";

    /** The group of the province a holder lies in ({@code 320500} → {@code province-32}): the one place it is built. */
    public static String provinceGroupOf(String holderId) {
        return PROVINCE_PREFIX + Holder.provinceOf(holderId);
    }

    /** The group of a holder's own government ({@code 320500} → {@code gov-320500}). */
    public static String governmentGroupOf(String holderId) {
        return GOVERNMENT_PREFIX + holderId;
    }

    public static Viewer of(Collection<String> groups) {
        boolean all = groups.contains(SIPO) || groups.contains(ADMINS);
        return new Viewer(all, suffixes(groups, PROVINCE_PREFIX), suffixes(groups, GOVERNMENT_PREFIX));
    }

    public boolean sees(Holder holder) {
        return sees(holder.getId());
    }

    /** Whether the user may see the holder with this business key ({@code 320500}, {@code 320500-sip}). */
    public boolean sees(String holderId) {
        return seesAll || provinces.contains(Holder.provinceOf(holderId)) || holderIds.contains(holderId);
    }

    private static Set<String> suffixes(Collection<String> groups, String prefix) {
        return groups.stream().filter(group -> group.startsWith(prefix)).map(group -> group.substring(prefix.length()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
