package cn.ipoffice.programmes.notify;

import cn.ipoffice.programmes.support.TestUsers;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notification tests' users with their addresses, the mail jobs the engine holds, and the mails GreenMail received,
 * read as their reader reads them.
 */
final class Mailboxes {

    private Mailboxes() {
    }

    /** A user of these groups with this e-mail address, as an administrator enters it in Admin; made if missing. */
    static void user(IdentityService identity, String userId, String email, String... groups) {
        TestUsers.member(identity, userId, groups);
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (email == null ? user.getEmail() != null : !email.equals(user.getEmail())) {
            user.setEmail(email);
            identity.saveUser(user);
        }
    }

    /** Deletes the tests' users, so that the next class's offices have no member with an address it does not know of. */
    static void deleteUsers(IdentityService identity, String... userIds) {
        for (String userId : userIds) {
            identity.deleteUser(userId);
        }
    }

    /** The mail jobs due now, as the job executor would find them. */
    static List<Job> dueMailJobs(ManagementService management) {
        return management.createJobQuery().executable().list().stream()
                .filter(job -> SendMailJob.TYPE.equals(((JobEntity) job).getJobHandlerType())).toList();
    }

    /** Runs every mail job due now, as the job executor would; a failure is thrown, after the engine recorded it. */
    static int sendDueMail(ManagementService management) {
        int sent = 0;
        for (Job job : dueMailJobs(management)) {
            management.executeJob(job.getId());
            sent++;
        }
        return sent;
    }

    /** The one daily digest timer. */
    static Job digestTimer(ManagementService management) {
        List<Job> timers = management.createJobQuery().timers().list().stream()
                .filter(job -> DailyDigestJob.TYPE.equals(((JobEntity) job).getJobHandlerType())).toList();
        if (timers.size() != 1) {
            throw new IllegalStateException("Expected one digest timer, found " + timers.size());
        }
        return timers.get(0);
    }

    /** Removes the mail jobs and rows a test left, so that no other test's jobs send them. */
    static void forget(ManagementService management, JdbcTemplate jdbc) {
        management.createJobQuery().list().stream()
                .filter(job -> SendMailJob.TYPE.equals(((JobEntity) job).getJobHandlerType()))
                .forEach(job -> management.deleteJob(job.getId()));
        jdbc.update("delete from mail_digest_item");
        jdbc.update("delete from mail_message");
    }

    static List<MimeMessage> to(MimeMessage[] received, String address) {
        return Arrays.stream(received).filter(message -> recipients(message).contains(address)).toList();
    }

    static String recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? "" : Arrays.toString(to);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text, decoded. */
    static String text(MimeMessage message) {
        try {
            return Optional.ofNullable(message.getContent()).map(Object::toString).orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
