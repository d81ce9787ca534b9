package org.evergreenloyalty.order;

/**
 * A test hook into order processing: called at each step so a crash test can stop the processing there
 * (throw) and check what the database holds afterwards. The default does nothing.
 */
public interface CompletionProbe {

    /** Step before anything of the order is written. */
    String START = "start";
    /** Step after the processed record is written, before the first listener. */
    String RECORDED = "recorded";

    /** A probe that does nothing. */
    CompletionProbe NONE = (step, order) -> { };

    /**
     * The processing of {@code order} reached {@code step}: {@link #START}, {@link #RECORDED}, or
     * {@code "before:<listener>"} / {@code "after:<listener>"} with the listener's simple class name.
     */
    void reached(String step, CompletedOrder order);
}
