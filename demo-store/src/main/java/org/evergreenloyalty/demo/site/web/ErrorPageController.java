package org.evergreenloyalty.demo.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The storefront's "not found" and "something went wrong" pages (web.xml error pages). */
@Controller
public class ErrorPageController {

    @RequestMapping("/error/404")
    public String notFound() {
        return "error/notFound";
    }

    @RequestMapping("/error/500")
    public String serverError() {
        return "error/serverError";
    }
}
