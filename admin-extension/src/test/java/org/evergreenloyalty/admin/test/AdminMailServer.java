package org.evergreenloyalty.admin.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import javax.mail.Address;
import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The admin test JVM's SMTP server: a GreenMail instance on a free loopback port, started before the admin
 * context boots (see {@link AdminTestContext}), so the module's mail sender connects to it through the system
 * properties {@code evergreen.mail.host} and {@code evergreen.mail.port}. E-mails the admin sends (e.g. a
 * birthday e-mail sent again) land here.
 */
public final class AdminMailServer {

    private static GreenMail server;

    private AdminMailServer() {
    }

    /** Starts the server if it is not running yet and points {@code evergreen.mail.*} at it; idempotent. */
    public static synchronized GreenMail start() {
        if (server == null) {
            int port = freePort();
            final GreenMail gm = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            gm.start();
            System.setProperty("evergreen.mail.host", "127.0.0.1");
            System.setProperty("evergreen.mail.port", String.valueOf(port));
            server = gm;
            Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
                @Override
                public void run() {
                    gm.stop();
                }
            }, "admin-test-mail-server-shutdown"));
        }
        return server;
    }

    /** The messages received so far for {@code address}. */
    public static List<MimeMessage> messagesTo(String address) {
        List<MimeMessage> result = new ArrayList<MimeMessage>();
        for (MimeMessage m : start().getReceivedMessages()) {
            try {
                Address[] to = m.getAllRecipients();
                if (to != null) {
                    for (Address a : to) {
                        if (a.toString().toLowerCase().contains(address.toLowerCase())) {
                            result.add(m);
                            break;
                        }
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return result;
    }

    /**
     * Waits (at most {@code timeoutMs}) until {@code address} has received at least {@code count} messages, and
     * returns what it has received.
     */
    public static List<MimeMessage> awaitMessagesTo(String address, int count, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        List<MimeMessage> received = messagesTo(address);
        while (received.size() < count && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            received = messagesTo(address);
        }
        return received;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the admin test mail server: " + e.getMessage(), e);
        }
    }
}
