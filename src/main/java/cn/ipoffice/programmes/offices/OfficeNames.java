package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Provinces;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Viewer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An office in words, from its group (docs/rules.md "Who does what"): {@code sipo} is SIPO, {@code province-32} the
 * Jiangsu provincial IP office, {@code gov-320500} the government of Suzhou (the holder's name from the register, its code
 * where the register does not know it yet).
 */
@Component
public class OfficeNames {

    private final Register register;

    OfficeNames(Register register) {
        this.register = register;
    }

    /** The offices of these groups, joined: "Jiangsu provincial IP office", "government of Suzhou (320500)". */
    public String describe(Collection<String> groups) {
        List<String> names = new ArrayList<>();
        for (String group : groups) {
            String name = nameOf(group);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "no office" : String.join(", ", names);
    }

    /** The office of one group, or null where the group is not an office (e.g. {@code modelers}). */
    public String nameOf(String group) {
        if (group.equals(Viewer.SIPO)) {
            return "SIPO";
        }
        if (group.equals(Viewer.ADMINS)) {
            return "administrators";
        }
        if (group.startsWith(Viewer.PROVINCE_PREFIX)) {
            String code = group.substring(Viewer.PROVINCE_PREFIX.length());
            return Provinces.NAMES.getOrDefault(code, code) + " provincial IP office";
        }
        if (group.startsWith(Viewer.GOVERNMENT_PREFIX)) {
            String holderId = group.substring(Viewer.GOVERNMENT_PREFIX.length());
            String holder = register.holder(holderId).map(Holder::getName).orElse(null);
            return holder == null ? "government of " + holderId : "government of " + holder + " (" + holderId + ")";
        }
        return null;
    }
}
