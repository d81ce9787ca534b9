package org.evergreenloyalty.browser;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.openqa.selenium.json.Json;

import com.sun.net.httpserver.HttpServer;

/**
 * A store's webhook endpoint on loopback, as a receiver would write it: it answers 204 and keeps what it received, and
 * checks a delivery's signature the way the README tells receivers to.
 */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();

    /** One POST as it arrived: the Evergreen headers and the raw body, parsed. */
    record Received(String eventId, String eventType, String signature, String body, Map<String, Object> json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data() {
            return (Map<String, Object>) json.get("data");
        }
    }

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.createContext("/hooks/evergreen", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Map<String, Object> json = new Json().toType(body, Json.MAP_TYPE);
                synchronized (received) {
                    received.add(new Received(exchange.getRequestHeaders().getFirst("Evergreen-Event-Id"),
                            exchange.getRequestHeaders().getFirst("Evergreen-Event-Type"),
                            exchange.getRequestHeaders().getFirst("Evergreen-Signature"), body, json));
                    received.notifyAll();
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL the store posts to. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/evergreen";
    }

    /** Waits until a received event matches (the store sends after its commit, from its own thread). */
    Received await(Predicate<Received> wanted, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (received) {
            while (true) {
                for (Received r : received) {
                    if (wanted.test(r)) {
                        return r;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no such event within " + timeout + "; received: " + received.stream().map(Received::body).toList());
                }
                received.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** How many received events match. */
    long count(Predicate<Received> wanted) {
        synchronized (received) {
            return received.stream().filter(wanted).count();
        }
    }

    /** Whether {@code r} carries a valid signature of its raw body made with {@code secret}. */
    static boolean signedWith(Received r, String secret) throws GeneralSecurityException {
        String t = r.signature().replaceAll(".*t=(\\d+).*", "$1");
        String v1 = r.signature().replaceAll(".*v1=([0-9a-f]+).*", "$1");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = String.format("%064x", new BigInteger(1, mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8))));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), v1.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
