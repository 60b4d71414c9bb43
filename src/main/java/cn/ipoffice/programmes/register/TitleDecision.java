package cn.ipoffice.programmes.register;

import java.time.LocalDate;

/**
 * A decision on a holder's title as the register records it, published to the application when it is written (in the
 * writer's transaction): a title granted (with its term's first and last day, or from its first day on), a title
 * closed with its new status, or a ban imposed (its first and last day). Who must be told listens for it.
 */
public record TitleDecision(String holderId, Kind kind, Title title, DesignationStatus status, String ruleId,
        String reason, LocalDate firstDay, LocalDate lastDay) {

    public enum Kind {
        GRANTED,
        CLOSED,
        BANNED
    }

    static TitleDecision granted(Designation title) {
        return new TitleDecision(title.getHolderId(), Kind.GRANTED, title.getTitle(), title.getStatus(), title.getRuleId(),
                null, title.getTermStart(), title.getTermEnd());
    }

    static TitleDecision closed(Designation title) {
        return new TitleDecision(title.getHolderId(), Kind.CLOSED, title.getTitle(), title.getStatus(),
                title.getStatusRuleId(), title.getStatusReason(), title.getTermStart(), title.getTermEnd());
    }

    static TitleDecision banned(Ban ban) {
        return new TitleDecision(ban.getHolderId(), Kind.BANNED, ban.getTitleScope(), null, ban.getRuleId(),
                ban.getReason(), ban.getFirstDay(), ban.getLastDay());
    }
}
