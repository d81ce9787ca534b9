package org.evergreenloyalty.review;

/** A product as a review e-mail and form show it: name, image, page, and whether it is still sold. */
public final class ProductCard {

    private final long productId;
    private final String name;
    private final String imageUrl;
    private final String url;
    private final boolean active;

    public ProductCard(long productId, String name, String imageUrl, String url, boolean active) {
        this.productId = productId;
        this.name = name;
        this.imageUrl = imageUrl;
        this.url = url;
        this.active = active;
    }

    public long getProductId() { return productId; }
    public String getName() { return name; }
    /** Absolute URL of the primary image, or null. */
    public String getImageUrl() { return imageUrl; }
    /** Absolute URL of the product page, or null. */
    public String getUrl() { return url; }
    /** False for archived products (not asked about). */
    public boolean isActive() { return active; }
}
