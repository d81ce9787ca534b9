package org.evergreenloyalty.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import javax.mail.Address;
import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The test JVM's SMTP server: a GreenMail instance on a free loopback port, started once, before the
 * Broadleaf context boots (which calls {@link #start()}), so the module's mail sender connects to it
 * through the system properties {@code evergreen.mail.host} and {@code evergreen.mail.port}.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    /** Starts the server if it is not running yet and points {@code evergreen.mail.*} at it; idempotent. */
    public static synchronized GreenMail start() {
        if (server == null) {
            int port = freePort();
            GreenMail gm = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            gm.start();
            System.setProperty("evergreen.mail.host", "127.0.0.1");
            System.setProperty("evergreen.mail.port", String.valueOf(port));
            server = gm;
            Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
                @Override
                public void run() {
                    gm.stop();
                }
            }, "test-mail-server-shutdown"));
        }
        return server;
    }

    /** The running server (started on demand). */
    public static GreenMail get() {
        return start();
    }

    /**
     * Deletes every message received so far and the mailbox the server made for each recipient: a store's mail server
     * keeps neither in the store's JVM, so the bench clears them between its phases. Returns how many recipients there
     * were.
     */
    public static int forgetEverything() throws FolderException {
        GreenMail mail = get();
        mail.purgeEmailFromAllMailboxes();
        UserManager users = mail.getManagers().getUserManager();
        List<GreenMailUser> all = new ArrayList<GreenMailUser>(users.listUser());
        all.forEach(users::deleteUser);
        return all.size();
    }

    /** The messages received so far for {@code address}. */
    public static List<MimeMessage> messagesTo(String address) {
        List<MimeMessage> result = new ArrayList<MimeMessage>();
        for (MimeMessage m : get().getReceivedMessages()) {
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
     * Waits (at most {@code timeoutMs}) until {@code address} has received at least {@code count}
     * messages, and returns what it has received.
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
            throw new IllegalStateException("No free port for the test mail server: " + e.getMessage(), e);
        }
    }
}
