package org.evergreenloyalty.web;

/**
 * What the unsubscribe page shows: a confirmation question (GET with a valid token), the result (after the
 * POST), or why the link does not work.
 */
public final class UnsubscribePage {

    /** The three things the page can say. */
    public enum State {
        /** A valid link: asks to confirm. */
        CONFIRM,
        /** Unsubscribed. */
        DONE,
        /** The link's token is missing, incomplete or altered: nothing changed. */
        INVALID
    }

    private final State state;
    private final String token;
    private final String topic;
    private final String action;
    private final String detail;

    private UnsubscribePage(State state, String token, String topic, String action, String detail) {
        this.state = state;
        this.token = token;
        this.topic = topic;
        this.action = action;
        this.detail = detail;
    }

    /** Asks to confirm unsubscribing from {@code topic}; the form posts {@code token} to {@code action}. */
    public static UnsubscribePage confirm(String token, String topic, String action) {
        return new UnsubscribePage(State.CONFIRM, token, topic, action, null);
    }

    /** Says the customer is unsubscribed from {@code topic}. */
    public static UnsubscribePage done(String topic) {
        return new UnsubscribePage(State.DONE, null, topic, null, null);
    }

    /** Says the link does not work; {@code detail} is the token check's explanation. */
    public static UnsubscribePage invalid(String detail) {
        return new UnsubscribePage(State.INVALID, null, null, null, detail);
    }

    public State getState() { return state; }
    public boolean isConfirm() { return state == State.CONFIRM; }
    public boolean isDone() { return state == State.DONE; }
    public boolean isInvalid() { return state == State.INVALID; }
    /** The token to post back (confirm only). */
    public String getToken() { return token; }
    /** The localized name of the e-mails concerned. */
    public String getTopic() { return topic; }
    /** The path the confirm form posts to. */
    public String getAction() { return action; }
    public String getDetail() { return detail; }
}
