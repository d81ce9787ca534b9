package org.evergreenloyalty.demo.site.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Adds what the page layout shows on every page to each rendered view's model: the navigation categories
 * ({@code navCategories}), the cart's item count ({@code cartItemCount}) and the signed-in customer
 * ({@code signedIn}, {@code shopper}); and the flash attributes of a redirect, for views whose controller is not
 * annotated (Broadleaf's product and category controllers).
 */
public class StoreLayoutInterceptor extends HandlerInterceptorAdapter {

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
        }
        // flash messages of a redirect also reach views of non-annotated controllers (product, category pages)
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (flash != null) {
            for (Map.Entry<String, ?> e : flash.entrySet()) {
                if (!mav.getModel().containsKey(e.getKey())) {
                    mav.addObject(e.getKey(), e.getValue());
                }
            }
        }
        mav.addObject("navCategories", navCategories());
        Order cart = CartState.getCart();
        int count = cart == null || cart instanceof NullOrderImpl ? 0 : cart.getItemCount();
        mav.addObject("cartItemCount", count);
        Customer customer = CustomerState.getCustomer();
        boolean signedIn = StorePages.isSignedIn(customer);
        mav.addObject("signedIn", signedIn);
        mav.addObject("shopper", signedIn ? customer : null);
    }

    private List<Category> navCategories() {
        List<Category> nav = new ArrayList<Category>();
        for (Category c : catalogService.findAllCategories()) {
            if (c.getUrl() != null && c.isActive()) {
                nav.add(c);
            }
        }
        return nav;
    }
}
