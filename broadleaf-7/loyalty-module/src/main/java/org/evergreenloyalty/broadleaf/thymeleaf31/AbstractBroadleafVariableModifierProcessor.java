package org.evergreenloyalty.broadleaf.thymeleaf31;

import java.util.Map;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.presentation.model.BroadleafTemplateContext;
import org.broadleafcommerce.presentation.thymeleaf3.model.BroadleafThymeleaf3Context;
import org.springframework.web.context.request.WebRequest;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.ElementNames;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.IElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.processor.element.MatchingAttributeName;
import org.thymeleaf.processor.element.MatchingElementName;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Broadleaf 7.0 stand-in for the presentation layer's variable processor base class of 6.2 (same name, gone from
 * common-presentation 2.0): {@code <blc:NAME var="..."/>} puts the variables of
 * {@link #populateModelVariables} into the page and removes the tag. It is a Thymeleaf 3.1 element processor itself,
 * so Broadleaf 7's dialect configuration picks the bean up with the other {@code IProcessor} beans. The 6.x
 * processors compile unchanged against it: the build's Eclipse Transformer rules rename the 6.2 package
 * {@code org.broadleafcommerce.presentation.dialect} to this one (see the transformer configuration in broadleaf-7/pom.xml).
 */
public abstract class AbstractBroadleafVariableModifierProcessor implements IElementTagProcessor {

    /** Broadleaf's default processor precedence (as in 6.2). */
    public static final int DEFAULT_PRECEDENCE = 10000;
    /** Broadleaf's dialect prefix. */
    public static final String PREFIX = "blc";

    /** The element name after {@code blc:}. */
    public abstract String getName();

    /** The variables to put into the page for this tag. */
    public abstract Map<String, Object> populateModelVariables(String tagName, Map<String, String> tagAttributes,
                                                               BroadleafTemplateContext context);

    /** As in 6.2: the variables go into the request (visible to the rest of the page), not only the tag's body. */
    public boolean useGlobalScope() {
        return true;
    }

    @Override
    public int getPrecedence() {
        return DEFAULT_PRECEDENCE;
    }

    @Override
    public TemplateMode getTemplateMode() {
        return TemplateMode.HTML;
    }

    @Override
    public MatchingElementName getMatchingElementName() {
        return MatchingElementName.forElementName(TemplateMode.HTML,
                ElementNames.forName(TemplateMode.HTML, PREFIX, getName()));
    }

    @Override
    public MatchingAttributeName getMatchingAttributeName() {
        return null;
    }

    @Override
    public void process(ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler handler) {
        Map<String, Object> vars = populateModelVariables(tag.getElementCompleteName(), tag.getAttributeMap(),
                new BroadleafThymeleaf3Context(context, handler));
        if (vars != null) {
            vars.forEach((key, value) -> put(handler, key, value));
        }
        handler.removeTags();
    }

    private void put(IElementTagStructureHandler handler, String key, Object value) {
        BroadleafRequestContext brc = BroadleafRequestContext.getBroadleafRequestContext();
        WebRequest request = brc == null ? null : brc.getWebRequest();
        if (useGlobalScope() && request != null) {
            request.setAttribute(key, value, WebRequest.SCOPE_REQUEST);
        } else {
            handler.setLocalVariable(key, value);
        }
    }
}
