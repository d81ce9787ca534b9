package org.evergreenloyalty.demo.site.web;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The home page: a welcome, the categories and a few featured products. */
@Controller
public class HomeController {

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @RequestMapping(value = "/", method = RequestMethod.GET)
    public String home(Model model) {
        model.addAttribute("featuredProducts", catalogService.findAllProducts(8, 0));
        return "catalog/home";
    }
}
