package org.convenor.digest;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The weekly send, in the office's time zone, and the retries between. ShedLock's lease (the shedlock table) lets
 * one instance at a time run each; the deliveries table would still keep a second from sending what the first
 * claimed.
 */
@Component
class DigestSchedule {

    private final DigestSender sender;

    DigestSchedule(DigestSender sender) {
        this.sender = sender;
    }

    @Scheduled(cron = "${convenor.digest.cron:0 0 8 * * MON}", zone = "${convenor.time-zone:UTC}")
    @SchedulerLock(name = "digest-weekly", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void weekly() {
        sender.deliver(sender.currentSlot());
    }

    @Scheduled(fixedDelayString = "${convenor.digest.retry-every:PT15M}",
            initialDelayString = "${convenor.digest.retry-every:PT15M}")
    @SchedulerLock(name = "digest-retry", lockAtMostFor = "PT30M")
    public void retry() {
        sender.retryFailed();
    }
}
