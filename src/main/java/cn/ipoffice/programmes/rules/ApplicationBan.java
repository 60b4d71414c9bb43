package cn.ipoffice.programmes.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Bans on applying (PM-14, PM-17, PM-27, PM-29): an application filed within a ban's days is refused;
 * one filed on the day after its last day is accepted (I-6). Bans are per title.
 */
public final class ApplicationBan {

    public static final String RULE = "I-6";

    /** A ban as the register holds it, for one title. */
    public record BanPeriod(String title, LocalDate firstDay, LocalDate lastDay, String ruleId, String reason) {
    }

    private ApplicationBan() {
    }

    public static Decision decide(String title, LocalDate filedOn, List<BanPeriod> bans) {
        Optional<BanPeriod> active = bans.stream()
                .filter(ban -> ban.title().equals(title))
                .filter(ban -> !filedOn.isBefore(ban.firstDay()) && !filedOn.isAfter(ban.lastDay()))
                .findFirst();
        return active
                .map(ban -> Decision.refuse(ban.ruleId(), ban.ruleId() + ": banned from applying for this title until "
                        + ban.lastDay() + " (" + ban.reason() + "); an application is accepted from "
                        + ban.lastDay().plusDays(1)))
                .orElseGet(() -> Decision.allow(RULE, "No ban on applying for this title on " + filedOn));
    }
}
