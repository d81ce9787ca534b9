package org.evergreenloyalty.demo.site.web;

import java.util.ArrayList;
import java.util.List;

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

/**
 * Adds what the page layout shows on every page to each rendered view's model: the navigation categories
 * ({@code navCategories}), the cart's item count ({@code cartItemCount}) and the signed-in customer
 * ({@code signedIn}, {@code shopper}).
 */
public class StoreLayoutInterceptor extends HandlerInterceptorAdapter {

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
            return;
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
