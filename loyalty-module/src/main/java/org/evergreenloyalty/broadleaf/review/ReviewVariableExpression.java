package org.evergreenloyalty.broadleaf.review;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.evergreenloyalty.review.ProductRatingView;
import org.evergreenloyalty.review.ProductReviews;

/**
 * {@code #evergreenReviews} in storefront templates: {@code ${#evergreenReviews.forProduct(product, 5)}} gives the
 * product's approved reviews ({@link ProductRatingView}); the product page fragments use it with {@code th:with},
 * which works inside fragments with parameters and loops (where a model-variable processor's variable does not
 * reach the following elements).
 */
public class ReviewVariableExpression implements BroadleafVariableExpression {

    private static final Log LOG = LogFactory.getLog(ReviewVariableExpression.class);

    private final ProductReviews reviews;

    public ReviewVariableExpression(ProductReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String getName() {
        return "evergreenReviews";
    }

    /**
     * The approved reviews of {@code product} (a Broadleaf Product, a product id or a numeric string), the newest
     * {@code max} of them; null when there is no product or the reviews cannot be read (the page still renders).
     */
    public ProductRatingView forProduct(Object product, int max) {
        Long id = ProductReviewsProcessor.productId(product);
        if (id == null) {
            return null;
        }
        try {
            return reviews.forProduct(id, max);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the reviews of product " + id + "; the page shows none", e);
            return null;
        }
    }
}
