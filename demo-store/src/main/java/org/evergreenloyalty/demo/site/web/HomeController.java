package org.evergreenloyalty.demo.site.web;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;

import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The home page: a welcome, the categories and a few featured products. */
@Controller
public class HomeController {

    /** How many products of each category the home page features. */
    static final int FEATURED_PER_CATEGORY = 2;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @RequestMapping(value = "/", method = RequestMethod.GET)
    public String home(Model model) {
        List<Product> featured = new ArrayList<Product>();
        for (Category category : catalogService.findAllCategories()) {
            featured.addAll(catalogService.findActiveProductsByCategory(category, FEATURED_PER_CATEGORY, 0));
        }
        model.addAttribute("featuredProducts", featured);
        return "catalog/home";
    }
}
