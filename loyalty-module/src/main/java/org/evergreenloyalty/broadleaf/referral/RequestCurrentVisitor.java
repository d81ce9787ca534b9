package org.evergreenloyalty.broadleaf.referral;

import javax.servlet.http.HttpServletRequest;

import org.evergreenloyalty.referral.CurrentVisitor;
import org.evergreenloyalty.referral.Visitor;
import org.evergreenloyalty.web.referral.ReferralRequests;
import org.evergreenloyalty.web.referral.TrustedProxies;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** {@link CurrentVisitor} from the HTTP request bound to the current thread (Spring's RequestContextHolder). */
public class RequestCurrentVisitor implements CurrentVisitor {

    private final TrustedProxies proxies;

    public RequestCurrentVisitor(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public Visitor get() {
        return ReferralRequests.visitor(currentRequest(), proxies);
    }

    /** The request bound to this thread, or null. */
    public static HttpServletRequest currentRequest() {
        RequestAttributes a = RequestContextHolder.getRequestAttributes();
        return a instanceof ServletRequestAttributes ? ((ServletRequestAttributes) a).getRequest() : null;
    }

    public TrustedProxies getProxies() { return proxies; }
}
