package org.convenor.digest;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Sends the digests: every one owed in a schedule slot, the failed ones again, or one now. Each send is claimed
 * in the deliveries table first, so what another instance claimed is left to it; a failure is recorded by its
 * kind and tried again later, up to {@code convenor.digest.max-attempts}. Without a mail host nothing is sent.
 */
@Component
public class DigestSender {

    private static final Logger LOG = LoggerFactory.getLogger(DigestSender.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final Digests digests;
    private final Deliveries deliveries;
    private final DigestMail rendering;
    private final DigestProperties properties;
    private final Clock clock;

    DigestSender(ObjectProvider<JavaMailSender> mail, Digests digests, Deliveries deliveries, DigestMail rendering,
            DigestProperties properties, Clock clock) {
        this.mail = mail;
        this.digests = digests;
        this.deliveries = deliveries;
        this.rendering = rendering;
        this.properties = properties;
        this.clock = clock;
    }

    /** Mail is on when {@code spring.mail.host} is set: Spring Boot then makes the sender. */
    public boolean mailOn() {
        return mail.getIfAvailable() != null;
    }

    /** The schedule's slot now: its latest time at or before now, in the office's zone. */
    public String currentSlot() {
        ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime last = null;
        if (CronExpression.isValidExpression(properties.cron())) {
            CronExpression cron = CronExpression.parse(properties.cron());
            // A late start (a slow instance) still finds its slot, so every instance names it alike.
            for (ZonedDateTime t = cron.next(now.minusHours(1)); t != null && !t.isAfter(now); t = cron.next(t)) {
                last = t;
            }
        }
        return (last == null ? now : last).toOffsetDateTime().toString();
    }

    /** Sends every digest owed in this slot that no instance has claimed yet; how many this instance sent. */
    public int deliver(String slot) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (Digest digest : digests.all()) {
            if (digest.email() == null) {
                deliveries.claim(slot, digest.username(), Delivery.Status.NO_ADDRESS);
            } else if (deliveries.claim(slot, digest.username(), Delivery.Status.SENDING)
                    && attempt(sender, slot, digest) == Delivery.Status.SENT) {
                sent++;
            }
        }
        return sent;
    }

    /** Tries the failed deliveries again, each claimed by one instance; how many went this time. */
    public int retryFailed() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (Delivery failed : deliveries.retriable(properties.maxAttempts())) {
            if (deliveries.claimRetry(failed.slot(), failed.recipient())) {
                // Composed afresh: a retry sends this week's alerts as they are now, to the address they have now.
                Digest digest = digests.forRecipient(failed.recipient());
                if (digest.email() == null) {
                    deliveries.finish(failed.slot(), failed.recipient(), Delivery.Status.NO_ADDRESS, null);
                } else if (attempt(sender, failed.slot(), digest) == Delivery.Status.SENT) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** Sends this user's digest now, alerts or not, as a slot of its own; a 409 when mail is off or they have no email. */
    public Delivery sendNow(String username) {
        JavaMailSender sender = Optional.ofNullable(mail.getIfAvailable()).orElseThrow(() -> refused(
                "Mail is off", "No mail host is set (spring.mail.host), so no digest can be sent."));
        Digest digest = digests.of(username);
        if (digest.email() == null) {
            throw refused("No email", "User '" + username + "' has no email to send a digest to.");
        }
        String slot = "now-" + clock.instant().truncatedTo(ChronoUnit.MILLIS);
        deliveries.claim(slot, username, Delivery.Status.SENDING);
        attempt(sender, slot, digest);
        return deliveries.one(slot, username);
    }

    /** The latest deliveries, newest first: what an operator reads to see a send that keeps failing. */
    public List<Delivery> recent() {
        return new ArrayList<>(deliveries.recent(200));
    }

    private Delivery.Status attempt(JavaMailSender sender, String slot, Digest digest) {
        try {
            rendering.send(sender, digest);
            deliveries.finish(slot, digest.username(), Delivery.Status.SENT, null);
            return Delivery.Status.SENT;
        } catch (Exception e) {
            String kind = kind(e);
            // The kind only: a mail server's message may quote the address.
            LOG.warn("Digest for slot {} not sent: {}", slot, kind);
            deliveries.finish(slot, digest.username(), Delivery.Status.FAILED, kind);
            return Delivery.Status.FAILED;
        }
    }

    /** A failure's exception classes, outermost first: what went wrong, without what a message may quote. */
    static String kind(Throwable e) {
        List<String> names = new ArrayList<>();
        for (Throwable t = e; t != null && names.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            names.add(t.getClass().getSimpleName());
        }
        String kind = String.join(" ← ", names);
        return kind.length() > 500 ? kind.substring(0, 500) : kind;
    }

    private static ErrorResponseException refused(String title, String detail) {
        ErrorResponseException problem = new ErrorResponseException(HttpStatus.CONFLICT);
        problem.setTitle(title);
        problem.setDetail(detail);
        return problem;
    }
}
