package org.evergreenloyalty.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.notification.MailTransport;

/** The core suite's {@link MailTransport}: keeps every e-mail the engine hands over instead of rendering and sending it. */
public class RecordingMailTransport implements MailTransport {

    /** One e-mail as the engine composed it. */
    public static final class Sent {
        public final String template;
        public final String to;
        public final String from;
        public final String subject;
        public final Map<String, Object> variables;

        Sent(String template, String to, String from, String subject, Map<String, Object> variables) {
            this.template = template;
            this.to = to;
            this.from = from;
            this.subject = subject;
            this.variables = Collections.unmodifiableMap(new LinkedHashMap<String, Object>(variables));
        }
    }

    private final List<Sent> sent = Collections.synchronizedList(new ArrayList<Sent>());

    @Override
    public void send(String templatePath, String to, String from, String subject, Map<String, Object> variables) {
        sent.add(new Sent(templatePath, to, from, subject, variables));
    }

    /** Every e-mail since the last {@link #clear()}, oldest first. */
    public List<Sent> sent() {
        synchronized (sent) {
            return new ArrayList<Sent>(sent);
        }
    }

    /** The e-mails to {@code to}, oldest first. */
    public List<Sent> sentTo(String to) {
        List<Sent> out = new ArrayList<Sent>();
        for (Sent s : sent()) {
            if (s.to.equals(to)) {
                out.add(s);
            }
        }
        return out;
    }

    public void clear() {
        sent.clear();
    }
}
