package org.evergreenloyalty.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver of webhooks on loopback for tests ({@code com.sun.net.httpserver.HttpServer}): records every
 * request (body and headers) and answers with the status set by the test, or holds the answer back until the test
 * releases it (a slow receiver, without sleeping in the test). Can be stopped and started again on its port.
 */
public final class TestReceiver implements AutoCloseable {

    /** A received request. */
    public static final class Request {
        public final String body;
        public final String signature;
        public final String eventId;
        public final String eventType;

        Request(String body, String signature, String eventId, String eventType) {
            this.body = body;
            this.signature = signature;
            this.eventId = eventId;
            this.eventType = eventType;
        }
    }

    private final List<Request> requests = new CopyOnWriteArrayList<Request>();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-webhook-receiver");
        t.setDaemon(true);
        return t;
    });
    private volatile int status = 200;
    private volatile CountDownLatch hold;
    private HttpServer server;
    private int port;

    /** Starts on a free loopback port. */
    public static TestReceiver start() throws IOException {
        TestReceiver r = new TestReceiver();
        r.listen(0);
        return r;
    }

    private void listen(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        server.createContext("/hooks", this::handle);
        server.setExecutor(pool);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            String body = read(ex.getRequestBody());
            requests.add(new Request(body, ex.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    ex.getRequestHeaders().getFirst(WebhookHttp.EVENT_ID_HEADER), ex.getRequestHeaders().getFirst(WebhookHttp.EVENT_TYPE_HEADER)));
            CountDownLatch h = hold;
            if (h != null) {
                h.await(20, TimeUnit.SECONDS);
            }
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, answer.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the sender gave up waiting (timeout): nothing to answer
        } finally {
            ex.close();
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /** The URL webhooks are posted to. */
    public String url() {
        return "http://127.0.0.1:" + port + "/hooks";
    }

    /** Answers every request with {@code code} from now on. */
    public void answer(int code) {
        this.status = code;
    }

    /** Holds every answer back until {@link #release()}. */
    public void holdAnswers() {
        this.hold = new CountDownLatch(1);
    }

    /** Lets held answers go and answers at once from now on. */
    public void release() {
        CountDownLatch h = hold;
        hold = null;
        if (h != null) {
            h.countDown();
        }
    }

    /** Stops listening (connections are refused) but keeps the port for {@link #restart()}. */
    public void stop() {
        server.stop(0);
    }

    /** Listens on the same port again. */
    public void restart() throws IOException {
        listen(port);
    }

    public List<Request> requests() {
        return requests;
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        pool.shutdownNow();
    }
}
