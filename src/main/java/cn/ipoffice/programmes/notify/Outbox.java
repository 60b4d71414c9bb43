package cn.ipoffice.programmes.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mails to send and the digests' items ({@code mail_message}, {@code mail_digest_item}), written in the engine
 * command of the case step they tell of, so that they commit or roll back with it. A mail to send at once gets an engine
 * job of its own ({@link SendMailJob}) in the same command: the step never waits for the SMTP server, and a mail that
 * cannot be sent is retried by the engine and shows as an incident, while the case goes on.
 */
@Component
public class Outbox {

    /** Read no more members of one group than this for one notice. */
    private static final int GROUP_MEMBERS = 1000;

    /** A mail written and not yet sent. */
    public record Mail(String id, String userId, String address, String subject, String body) {
    }

    /** An item waiting for its user's digest. */
    public record DigestItem(String id, String userId, String item, Instant createdAt) {
    }

    private final JdbcTemplate jdbc;
    private final IdentityService identity;
    private final MailPreferences preferences;
    private final MailSettings settings;
    private final Clock clock;

    Outbox(JdbcTemplate jdbc, @Lazy IdentityService identity, MailPreferences preferences, MailSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.preferences = preferences;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Writes the notice for these users and the members of these groups who have an e-mail address, each as they chose
     * ({@link MailPreference}), in the running engine command; returns for how many users.
     */
    public int write(Notice notice, Collection<String> groups, Collection<String> userIds) {
        CommandContext command = requireCommand();
        Map<String, String> addresses = command.runWithoutAuthorization(() -> addresses(groups, userIds));
        int written = 0;
        for (Map.Entry<String, String> recipient : addresses.entrySet()) {
            MailPreference preference = command.runWithoutAuthorization(() -> preferences.of(recipient.getKey()));
            if (preference == MailPreference.DIGEST) {
                jdbc.update("insert into mail_digest_item (id, user_id, item, created_at) values (?, ?, ?, ?)",
                        UUID.randomUUID().toString(), recipient.getKey(), limit(notice.digestItem(), 4000), now());
                written++;
            } else if (preference == MailPreference.SINGLE) {
                queue(recipient.getKey(), recipient.getValue(), notice.subject(), notice.body(settingsLink()));
                written++;
            }
        }
        return written;
    }

    /** Writes a mail and the engine job that sends it, in the running engine command; returns the mail's id. */
    public String queue(String userId, String address, String subject, String body) {
        CommandContext command = requireCommand();
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into mail_message (id, user_id, address, subject, body, created_at) values (?, ?, ?, ?, ?, ?)",
                id, userId, address, limit(subject, 1000), body, now());
        MessageEntity job = new MessageEntity();
        job.setJobHandlerType(SendMailJob.TYPE);
        job.setJobHandlerConfigurationRaw(id);
        command.getJobManager().send(job);
        return id;
    }

    public Optional<Mail> unsent(String id) {
        return jdbc.query("select id, user_id, address, subject, body from mail_message where id = ? and sent_at is null",
                (rs, row) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), id).stream().findFirst();
    }

    public void sent(String id) {
        jdbc.update("update mail_message set sent_at = ? where id = ?", now(), id);
    }

    /** The items written before {@code until} that no digest has taken yet, the oldest first. */
    public List<DigestItem> waitingItems(Instant until) {
        return jdbc.query("select id, user_id, item, created_at from mail_digest_item where message_id is null"
                + " and created_at <= ? order by created_at, id", this::item, until.atOffset(ZoneOffset.UTC));
    }

    /** Gives the items to a digest mail; returns how many were still waiting (another node may have taken some). */
    public int collect(List<DigestItem> items, String messageId) {
        int taken = 0;
        for (DigestItem item : items) {
            taken += jdbc.update("update mail_digest_item set message_id = ? where id = ? and message_id is null",
                    messageId, item.id());
        }
        return taken;
    }

    /** Forgets the items of a user who no longer has an address to send a digest to. */
    public void drop(List<DigestItem> items) {
        items.forEach(item -> jdbc.update("delete from mail_digest_item where id = ? and message_id is null", item.id()));
    }

    /** The user's e-mail address, if the user exists and has one. */
    public Optional<String> address(String userId) {
        return Optional.ofNullable(requireCommand().runWithoutAuthorization(() ->
                identity.createUserQuery().userId(userId).singleResult())).map(User::getEmail).filter(Outbox::isAddress);
    }

    public String settingsLink() {
        return settings.base() + "/offices/settings";
    }

    private Map<String, String> addresses(Collection<String> groups, Collection<String> userIds) {
        Map<String, String> addresses = new LinkedHashMap<>();
        for (String group : groups) {
            identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().listPage(0, GROUP_MEMBERS)
                    .forEach(user -> add(addresses, user));
        }
        List<String> named = userIds.stream().filter(id -> id != null && !addresses.containsKey(id)).distinct().toList();
        if (!named.isEmpty()) {
            identity.createUserQuery().userIdIn(named.toArray(String[]::new)).list().forEach(user -> add(addresses, user));
        }
        return addresses;
    }

    private static void add(Map<String, String> addresses, User user) {
        if (isAddress(user.getEmail())) {
            addresses.putIfAbsent(user.getId(), user.getEmail().trim());
        }
    }

    private static boolean isAddress(String email) {
        return email != null && email.contains("@") && !email.isBlank();
    }

    private DigestItem item(ResultSet rs, int row) throws SQLException {
        return new DigestItem(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant());
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    private static CommandContext requireCommand() {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            throw new IllegalStateException("Notifications are written inside an engine command, with the step they tell of");
        }
        return command;
    }
}
