package org.evergreenloyalty.review;

/**
 * Approved reviews of a product for the storefront (bean {@code evgProductReviews}); the product page fragment
 * {@code evergreen/review/product :: reviews(${product})} and the processor {@code <blc:evergreen_reviews/>}
 * read it.
 */
public interface ProductReviews {

    /** Most reviews a page may ask for. */
    int MAX_REVIEWS = 50;

    /** The product's approved rating summary and its newest {@code maxReviews} (1-50) approved reviews. */
    ProductRatingView forProduct(long productId, int maxReviews);
}
