package org.evergreenloyalty.review;

/** The store's products as the review engine needs them (implemented on Broadleaf in the adapter). */
public interface ReviewCatalog {

    /** The product, or null when the store has no such product. */
    ProductCard product(long productId);
}
