package org.evergreenloyalty.broadleaf.web;

import org.thymeleaf.dom.Element;

/** The variable name a model-variable processor element asks for in its {@code var} attribute. */
final class TemplateVariables {

    private TemplateVariables() {
    }

    /** The element's {@code var} when it is a plain identifier, else {@code fallback}. */
    static String name(Element element, String fallback) {
        String var = element.getAttributeValue("var");
        return var != null && var.trim().matches("[A-Za-z_][A-Za-z0-9_]{0,59}") ? var.trim() : fallback;
    }
}
