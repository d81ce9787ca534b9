package org.evergreenloyalty.demo.site.mailbox;

import java.io.IOException;
import java.util.Date;

import javax.mail.Address;
import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;

/** One received e-mail as the mailbox pages show it: number, recipients, sender, subject, date, bodies. */
public final class MailView {

    private final int number;
    private final String to;
    private final String from;
    private final String subject;
    private final Date date;
    private final String htmlBody;
    private final String textBody;

    private MailView(int number, String to, String from, String subject, Date date, String htmlBody, String textBody) {
        this.number = number;
        this.to = to;
        this.from = from;
        this.subject = subject;
        this.date = date;
        this.htmlBody = htmlBody;
        this.textBody = textBody;
    }

    static MailView of(int number, MimeMessage m) throws MessagingException, IOException {
        String[] bodies = new String[2];
        collectBodies(m, bodies);
        Date date = m.getSentDate() != null ? m.getSentDate() : m.getReceivedDate();
        return new MailView(number, join(m.getAllRecipients()), join(m.getFrom()),
                m.getSubject() == null ? "(no subject)" : m.getSubject(), date, bodies[0], bodies[1]);
    }

    private static void collectBodies(Part part, String[] bodies) throws MessagingException, IOException {
        if (part.isMimeType("text/html") && bodies[0] == null) {
            bodies[0] = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/plain") && bodies[1] == null) {
            bodies[1] = String.valueOf(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart bp = mp.getBodyPart(i);
                collectBodies(bp, bodies);
            }
        }
    }

    private static String join(Address[] addresses) {
        if (addresses == null || addresses.length == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Address a : addresses) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(a.toString());
        }
        return sb.toString();
    }

    public int getNumber() { return number; }
    public String getTo() { return to; }
    public String getFrom() { return from; }
    public String getSubject() { return subject; }
    public Date getDate() { return date; }
    /** The HTML body, or null; the page shows it in a sandboxed iframe (srcdoc), never inline. */
    public String getHtmlBody() { return htmlBody; }
    /** The plain-text body, or null. */
    public String getTextBody() { return textBody; }
}
