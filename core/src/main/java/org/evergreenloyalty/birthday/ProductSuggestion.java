package org.evergreenloyalty.birthday;

/** A product proposed in the birthday e-mail: its name, its page and its price as the store shows it. */
public final class ProductSuggestion {

    private final long productId;
    private final String name;
    private final String url;
    private final String price;

    public ProductSuggestion(long productId, String name, String url, String price) {
        this.productId = productId;
        this.name = name;
        this.url = url;
        this.price = price;
    }

    public long getProductId() { return productId; }
    public String getName() { return name; }
    /** Absolute URL of the product page. */
    public String getUrl() { return url; }
    /** The price, formatted (may be null). */
    public String getPrice() { return price; }

    /** As an e-mail template reads it: {@code name}, {@code url}, {@code price}. */
    public java.util.Map<String, String> asMap() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<String, String>();
        m.put("name", name);
        m.put("url", url);
        m.put("price", price);
        return m;
    }
}
