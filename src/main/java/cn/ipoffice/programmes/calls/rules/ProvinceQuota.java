package cn.ipoffice.programmes.calls.rules;

import cn.ipoffice.programmes.rules.Decision;
import java.util.List;
import java.util.Map;

/**
 * A call's quota per province (PM-7, I-14): SIPO may set at most so many approvals per province for the year's
 * list. More approvals than the quota for a province are refused, naming the province.
 */
public final class ProvinceQuota {

    public static final String RULE = "PM-7";

    private ProvinceQuota() {
    }

    /** {@code approvalsByProvince}: the province's 2-digit code and its approvals on the list as it would stand. */
    public static Decision decide(Integer quotaPerProvince, Map<String, Long> approvalsByProvince) {
        if (quotaPerProvince == null) {
            return Decision.allow(RULE, "No quota per province in this call");
        }
        List<String> over = approvalsByProvince.entrySet().stream()
                .filter(entry -> entry.getValue() > quotaPerProvince)
                .map(entry -> "province " + entry.getKey() + " (province-" + entry.getKey() + "): " + entry.getValue()
                        + " approvals, more than the call's quota of " + quotaPerProvince + " per province")
                .sorted().toList();
        return over.isEmpty()
                ? Decision.allow(RULE, "Every province within the quota of " + quotaPerProvince)
                : Decision.refuse(RULE, over);
    }
}
