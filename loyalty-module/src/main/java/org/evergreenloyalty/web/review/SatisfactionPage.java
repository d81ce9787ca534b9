package org.evergreenloyalty.web.review;

/**
 * What the satisfaction page ({@code evergreen/review/satisfaction}) shows: the 0-10 choice with the clicked score
 * preset and a button to send it (a GET never stores: mail scanners open links), the thank-you, or why the link
 * does not work.
 */
public final class SatisfactionPage {

    /** What the page shows. */
    public enum State { CONFIRM, DONE, INVALID_LINK }

    private final State state;
    private final String action;
    private final String token;
    private final int score;
    private final String notice;
    private final String error;

    private SatisfactionPage(State state, String action, String token, int score, String notice, String error) {
        this.state = state;
        this.action = action;
        this.token = token;
        this.score = score;
        this.notice = notice;
        this.error = error;
    }

    /** The choice with {@code score} (0-10) preset, -1 for none. */
    public static SatisfactionPage confirm(String action, String token, int score, String error) {
        return new SatisfactionPage(State.CONFIRM, action, token, score >= 0 && score <= 10 ? score : -1, null, error);
    }

    /** The answer is stored (or was before): {@code notice} says which. */
    public static SatisfactionPage done(int score, String notice) {
        return new SatisfactionPage(State.DONE, null, null, score, notice, null);
    }

    /** A link that does not work. */
    public static SatisfactionPage invalid(String error) {
        return new SatisfactionPage(State.INVALID_LINK, null, null, -1, null, error);
    }

    public State getState() { return state; }
    public boolean isConfirm() { return state == State.CONFIRM; }
    public boolean isDone() { return state == State.DONE; }
    public boolean isInvalid() { return state == State.INVALID_LINK; }
    public String getAction() { return action; }
    public String getToken() { return token; }
    /** The preset or stored score, -1 for none. */
    public int getScore() { return score; }
    public String getNotice() { return notice; }
    public String getError() { return error; }
}
