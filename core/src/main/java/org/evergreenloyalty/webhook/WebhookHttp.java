package org.evergreenloyalty.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * POSTs one webhook with {@link HttpURLConnection} (Java 8): JSON body, the signature header
 * ({@link WebhookSignature}), the event's id and type as headers, connect and read timeouts, no redirects
 * followed. A 2xx is success; any other status, a refused connection or a timeout is a failure.
 */
public class WebhookHttp {

    /** The event id header (the same on every attempt of an event: receivers drop repeats by it). */
    public static final String EVENT_ID_HEADER = "Evergreen-Event-Id";
    /** The event type header. */
    public static final String EVENT_TYPE_HEADER = "Evergreen-Event-Type";

    private static final int MAX_READ = 64 * 1024;

    private final WebhookSettings settings;

    public WebhookHttp(WebhookSettings settings) {
        this.settings = settings;
    }

    /** Sends {@code body} of {@code delivery} to {@code url}, signed with {@code secret} at {@code at} (module clock). */
    public Answer post(String url, String secret, WebhookDelivery delivery, String body, Date at) {
        long started = System.nanoTime();
        HttpURLConnection c = null;
        try {
            c = (HttpURLConnection) new URL(url).openConnection();
            c.setConnectTimeout(settings.getConnectTimeoutMs());
            c.setReadTimeout(settings.getReadTimeoutMs());
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            c.setDoOutput(true);
            c.setRequestMethod("POST");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            c.setFixedLengthStreamingMode(bytes.length);
            c.setRequestProperty("Content-Type", "application/json; charset=utf-8");
            c.setRequestProperty("User-Agent", "Evergreen-Webhooks/1");
            c.setRequestProperty(EVENT_ID_HEADER, delivery.getEventId());
            c.setRequestProperty(EVENT_TYPE_HEADER, delivery.getEventType());
            c.setRequestProperty(WebhookSignature.HEADER, WebhookSignature.header(secret, at.getTime() / 1000, body));
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
            int code = c.getResponseCode();
            drain(code >= 400 ? c.getErrorStream() : c.getInputStream());
            boolean ok = code >= 200 && code < 300;
            return new Answer(code, ok, ok ? null : "HTTP " + code, millisSince(started));
        } catch (IOException | RuntimeException e) {
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            return new Answer(null, false, what, millisSince(started));
        } finally {
            if (c != null) {
                c.disconnect();
            }
        }
    }

    private static void drain(InputStream in) throws IOException {
        if (in == null) {
            return;
        }
        try (InputStream i = in) {
            byte[] buf = new byte[4096];
            int total = 0;
            int n;
            while (total < MAX_READ && (n = i.read(buf)) > 0) {
                total += n;
            }
        }
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000L;
    }

    /** What the receiver answered: its status (null: no answer), success, an error text for a failure, duration. */
    public static final class Answer {
        private final Integer statusCode;
        private final boolean success;
        private final String error;
        private final long durationMs;

        public Answer(Integer statusCode, boolean success, String error, long durationMs) {
            this.statusCode = statusCode;
            this.success = success;
            this.error = error;
            this.durationMs = durationMs;
        }

        public Integer getStatusCode() { return statusCode; }
        public boolean isSuccess() { return success; }
        public String getError() { return error; }
        public long getDurationMs() { return durationMs; }
    }
}
