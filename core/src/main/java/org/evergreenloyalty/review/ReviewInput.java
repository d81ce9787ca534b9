package org.evergreenloyalty.review;

/** What a shopper typed into the review form; unchecked (the engine validates it). */
public final class ReviewInput {

    private final Integer rating;
    private final String title;
    private final String text;
    private final String displayName;

    public ReviewInput(Integer rating, String title, String text, String displayName) {
        this.rating = rating;
        this.title = title;
        this.text = text;
        this.displayName = displayName;
    }

    /** Stars, must be 1-5 (null when missing or not a number). */
    public Integer getRating() { return rating; }
    public String getTitle() { return title; }
    public String getText() { return text; }
    public String getDisplayName() { return displayName; }
}
