package org.evergreenloyalty.broadleaf.review;

import java.util.Collections;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.presentation.dialect.AbstractBroadleafVariableModifierProcessor;
import org.broadleafcommerce.presentation.model.BroadleafTemplateContext;
import org.evergreenloyalty.review.ProductRatingView;
import org.evergreenloyalty.review.ProductReviews;

/**
 * {@code <blc:evergreen_reviews product="${product}" max="5" var="evgReviews"/>}: puts the product's approved
 * reviews ({@link ProductRatingView}: average, count, verified badge, the newest {@code max} reviews) into the
 * template's variables under {@code var} (default {@value #DEFAULT_VAR}) and removes itself. {@code product} is an
 * expression giving a Broadleaf Product or a product id. The fragment {@code evergreen/review/product :: reviews}
 * uses it. Broadleaf 6 form: a presentation-layer variable processor, found by type in the context.
 */
public class ProductReviewsProcessor extends AbstractBroadleafVariableModifierProcessor {

    /** The element name, after the {@code blc:} prefix. */
    public static final String ELEMENT = "evergreen_reviews";
    /** The variable set when the element has no {@code var} attribute. */
    public static final String DEFAULT_VAR = "evgReviews";
    /** Reviews listed when the element has no {@code max} attribute. */
    public static final int DEFAULT_MAX = 5;

    private static final Log LOG = LogFactory.getLog(ProductReviewsProcessor.class);

    private final ProductReviews reviews;

    public ProductReviewsProcessor(ProductReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public int getPrecedence() {
        return 10000;
    }

    @Override
    public String getName() {
        return ELEMENT;
    }

    @Override
    public Map<String, Object> populateModelVariables(String tagName, Map<String, String> tagAttributes,
                                                      BroadleafTemplateContext context) {
        String var = tagAttributes.get("var");
        var = var != null && var.trim().matches("[A-Za-z_][A-Za-z0-9_]{0,59}") ? var.trim() : DEFAULT_VAR;
        Long productId = productId(evaluate(context, tagAttributes.get("product")));
        if (productId == null) {
            return null;
        }
        int max = DEFAULT_MAX;
        String m = tagAttributes.get("max");
        if (m != null && m.trim().matches("[0-9]{1,3}")) {
            max = Integer.parseInt(m.trim());
        }
        try {
            return Collections.<String, Object>singletonMap(var, reviews.forProduct(productId, max));
        } catch (RuntimeException e) {
            LOG.warn("Could not read the reviews of product " + productId + "; the product page shows none", e);
            return null;
        }
    }

    private static Object evaluate(BroadleafTemplateContext context, String expression) {
        if (expression == null || expression.trim().isEmpty()) {
            return null;
        }
        return context.parseExpression(expression);
    }

    /** The id of a Product, a number or a numeric string; null otherwise. */
    static Long productId(Object value) {
        if (value instanceof Product) {
            return ((Product) value).getId();
        }
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        if (value instanceof String && ((String) value).trim().matches("[0-9]{1,18}")) {
            return Long.valueOf(((String) value).trim());
        }
        return null;
    }
}
