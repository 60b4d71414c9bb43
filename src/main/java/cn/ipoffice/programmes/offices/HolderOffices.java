package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.register.Provinces;
import cn.ipoffice.programmes.register.Viewer;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The offices of one holder's cases in words, for its page: its own government (named by the register, or by its
 * application while the register does not know it yet), its province's office and SIPO. Other groups read as
 * {@link OfficeNames} says.
 */
record HolderOffices(String holderId, String holderName, OfficeNames names) {

    /** The groups the holder's tasks are given to: its government, its province's office, SIPO. */
    List<String> groups() {
        return List.of(Viewer.governmentGroupOf(holderId), Viewer.provinceGroupOf(holderId), Viewer.SIPO);
    }

    /** "government of Nantong (320600)", "Jiangsu provincial IP office", "SIPO". */
    String of(String group) {
        if (group.equals(Viewer.governmentGroupOf(holderId))) {
            return "government of " + holderName + " (" + holderId + ")";
        }
        String name = names.nameOf(group);
        return name == null ? group : name;
    }

    /** The offices of these groups, joined; "no office" where none is an office. */
    String of(Collection<String> groups) {
        String joined = groups.stream().map(this::of).filter(Objects::nonNull).distinct().collect(Collectors.joining(", "));
        return joined.isEmpty() ? "no office" : joined;
    }

    /** As a line of the history names them: "SIPO", "Jiangsu", "Nantong". */
    String shortly(String group) {
        if (group.equals(Viewer.governmentGroupOf(holderId))) {
            return holderName;
        }
        if (group.startsWith(Viewer.PROVINCE_PREFIX)) {
            return Provinces.NAMES.getOrDefault(group.substring(Viewer.PROVINCE_PREFIX.length()), group);
        }
        return of(group);
    }

    /** The holder's province, as the history names it ("Jiangsu"). */
    String province() {
        return Provinces.nameOf(holderId);
    }
}
