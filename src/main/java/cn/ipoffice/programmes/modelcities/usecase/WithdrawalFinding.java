package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.modelcities.rules.WithdrawalGround;
import cn.ipoffice.programmes.register.Title;
import java.time.LocalDate;

/** A finding that may withdraw a holder's title (PM-31, PM-32): recorded by SIPO or detected (PM-32(c)). */
public record WithdrawalFinding(String holderId, Title title, WithdrawalGround ground, LocalDate verifiedOn,
        String finding) {

    /** The reason the register and Cockpit show, e.g. "PM-32(c): … (verified 2021-05-10): last of its category …". */
    public String reason() {
        return ground.description() + " (verified " + verifiedOn + "): " + finding;
    }

    /** Why an application in progress ends refused (PM-31), as the register and Cockpit show it. */
    public String disqualification() {
        return ground.ruleId() + ": the application for the title " + title + " is disqualified, " + reason();
    }
}
