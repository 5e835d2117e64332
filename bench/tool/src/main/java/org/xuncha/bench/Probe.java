package org.xuncha.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * Requests as a client sends them, a few a second, while the faults happen: what each answer was,
 * and when. A 503 with {@code Retry-After} is the documented retry (README, Operations, Recovery):
 * the probe waits as told and sends the request once more, and counts whether that one succeeded.
 * A refused connection (the service itself is down) is not an answer and is counted apart.
 */
final class Probe implements Runnable {

    /** One request: when it was sent (epoch millis), its status (0: no answer), and the retry's status, if any. */
    record Answer(long at, int status, int retried) {
    }

    private final String name;
    private final URI uri;
    private final String token;
    private final long periodNanos;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Answer> answers = new ArrayList<>();
    private volatile boolean stopped;

    Probe(String name, URI uri, String token, int perSecond) {
        this.name = name;
        this.uri = uri;
        this.token = token;
        this.periodNanos = 1_000_000_000L / perSecond;
    }

    Thread start() {
        Thread thread = new Thread(this, "probe-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        long next = System.nanoTime();
        while (!stopped) {
            long at = System.currentTimeMillis();
            HttpResponse<Void> response = send();
            int retried = -1;
            if (response != null && response.statusCode() == 503) {
                long pause = response.headers().firstValueAsLong("Retry-After").orElse(-1);
                if (pause >= 0) {
                    LockSupport.parkNanos(Duration.ofSeconds(pause).toNanos());
                    HttpResponse<Void> again = send();
                    retried = again == null ? 0 : again.statusCode();
                }
            }
            synchronized (answers) {
                answers.add(new Answer(at, response == null ? 0 : response.statusCode(), retried));
            }
            next += periodNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else {
                next = System.nanoTime();
            }
        }
    }

    private HttpResponse<Void> send() {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stopped = true;
            return null;
        } catch (Exception noAnswer) {
            return null;
        }
    }

    /** The answers sent between {@code from} and {@code until} (epoch millis), summed up in one line. */
    String summary(long from, long until) {
        int ok = 0;
        int retryable = 0;
        int retriedOk = 0;
        int otherServerErrors = 0;
        int other = 0;
        int refused = 0;
        synchronized (answers) {
            for (Answer answer : answers) {
                if (answer.at() < from || answer.at() > until) {
                    continue;
                }
                if (answer.status() == 0) {
                    refused++;
                } else if (answer.status() < 300) {
                    ok++;
                } else if (answer.status() == 503 && answer.retried() >= 0) {
                    retryable++;
                    if (answer.retried() >= 200 && answer.retried() < 300) {
                        retriedOk++;
                    }
                } else if (answer.status() >= 500) {
                    otherServerErrors++;
                } else {
                    other++;
                }
            }
        }
        return String.format(Locale.ROOT, "%-22s %5d 2xx, %3d 503+Retry-After (retried: %d 2xx), %3d other 5xx, "
                + "%3d other, %3d no answer", name, ok, retryable, retriedOk, otherServerErrors, other, refused);
    }
}
