package org.xuncha.rectification.deadline;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the deadline check periodically ({@code xuncha.rectification.deadline-check.every}). */
@ApplicationScoped
public class DeadlineSchedule {

    private final DeadlineWatch watch;

    public DeadlineSchedule(DeadlineWatch watch) {
        this.watch = watch;
    }

    @Scheduled(identity = "deadline-check", every = "${xuncha.rectification.deadline-check.every:60s}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkDeadlines() {
        watch.check();
    }
}
