package cn.ipoffice.programmes.calls.rules;

import cn.ipoffice.programmes.rules.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * I-14 ("once every year", PM-7, PM-20, CA-8): SIPO opens one call per programme and year, with a closing date
 * that is not in the past; a quota per province, if any, is not below zero. Each reason names its field.
 */
public final class CallOpening {

    public static final String RULE = "I-14";

    private CallOpening() {
    }

    /** {@code existingCall}: whether a call for the programme and year is already in the register. */
    public static Decision decide(String listName, int year, LocalDate closingDate, Integer quotaPerProvince,
            LocalDate today, boolean existingCall) {
        List<String> reasons = new ArrayList<>();
        if (existingCall) {
            reasons.add("callYear: SIPO has already opened the " + year + " call for " + listName
                    + "; one call per programme and year (I-14)");
        }
        if (closingDate.isBefore(today)) {
            reasons.add("closingDate: the closing date " + closingDate + " is in the past (today is " + today + ")");
        }
        if (quotaPerProvince != null && quotaPerProvince < 0) {
            reasons.add("quotaPerProvince: the quota per province may not be below zero, got " + quotaPerProvince);
        }
        return reasons.isEmpty()
                ? Decision.allow(RULE, "The " + year + " call for " + listName + " closes on " + closingDate)
                : Decision.refuse(RULE, reasons);
    }
}
