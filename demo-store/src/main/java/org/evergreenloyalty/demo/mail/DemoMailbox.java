package org.evergreenloyalty.demo.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo store's in-process mailbox: a GreenMail SMTP server on 127.0.0.1 that keeps every message it
 * receives, so the store's e-mails can be read at {@code /demo/mailbox} without a real mail server.
 * One per JVM; the storefront reads it through {@link #current()}.
 */
public final class DemoMailbox {

    private static volatile DemoMailbox current;

    private final GreenMail greenMail;
    private final int port;

    private DemoMailbox(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    /**
     * Starts the SMTP server on 127.0.0.1:{@code port} and points the module's mail settings
     * ({@code evergreen.mail.host/port}) at it.
     */
    public static synchronized DemoMailbox start(int port) {
        if (current != null) {
            throw new IllegalStateException("The demo mailbox is already running on port " + current.port);
        }
        GreenMail gm = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            gm.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot start the demo mailbox on 127.0.0.1:" + port
                    + " (use -Devergreen.demo.smtp.port=<free port>): " + e.getMessage(), e);
        }
        System.setProperty("evergreen.mail.host", "127.0.0.1");
        System.setProperty("evergreen.mail.port", String.valueOf(port));
        current = new DemoMailbox(gm, port);
        return current;
    }

    /** The running mailbox, or null when the store sends through an external mail host. */
    public static DemoMailbox current() {
        return current;
    }

    /** The SMTP port. */
    public int port() {
        return port;
    }

    /** Every message received so far, oldest first. */
    public List<MimeMessage> messages() {
        MimeMessage[] received = greenMail.getReceivedMessages();
        List<MimeMessage> list = new ArrayList<MimeMessage>(received.length);
        Collections.addAll(list, received);
        return list;
    }

    /** Stops the SMTP server. */
    public synchronized void stop() {
        greenMail.stop();
        if (current == this) {
            current = null;
        }
    }
}
