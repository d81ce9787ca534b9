package org.evergreenloyalty.admin.test;

import java.io.IOException;
import java.net.ServerSocket;

import javax.mail.Address;
import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The admin test JVM's SMTP server: a GreenMail instance on a free loopback port, started before the admin
 * context boots, so the module's e-mails (e.g. review requests sent from a test) are delivered and recorded as
 * sent, through the system properties {@code evergreen.mail.host} and {@code evergreen.mail.port}.
 */
public final class AdminTestMailServer {

    private static GreenMail server;

    private AdminTestMailServer() {
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

    /** How many messages {@code address} has received so far. */
    public static int countTo(String address) {
        int n = 0;
        for (MimeMessage m : start().getReceivedMessages()) {
            try {
                Address[] to = m.getAllRecipients();
                if (to != null) {
                    for (Address a : to) {
                        if (a.toString().toLowerCase().contains(address.toLowerCase())) {
                            n++;
                            break;
                        }
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return n;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the test mail server", e);
        }
    }
}
