package org.evergreenloyalty.demo.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The storefront's "form expired" (403), "not found" and "something went wrong" pages (web.xml error pages). */
@Controller
public class ErrorPageController {

    /** HTTP 403: in this store only a form sent without its security token (CsrfForbiddenFilter). */
    @RequestMapping("/error/403")
    public String forbidden() {
        return "error/forbidden";
    }

    @RequestMapping("/error/404")
    public String notFound() {
        return "error/notFound";
    }

    @RequestMapping("/error/500")
    public String serverError() {
        return "error/serverError";
    }
}
