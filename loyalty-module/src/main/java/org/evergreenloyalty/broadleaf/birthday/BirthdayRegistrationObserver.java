package org.evergreenloyalty.broadleaf.birthday;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.evergreenloyalty.birthday.BirthdayException;
import org.evergreenloyalty.birthday.BirthdayService;
import org.evergreenloyalty.support.AfterCommit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps the birthday a shopper gave on the registration form (the fields of the template fragment
 * {@code evergreen/birthday/fragments/registration :: fields}: {@value #MONTH}, {@value #DAY},
 * {@value #YEAR}), once Broadleaf has registered the customer and the registration has committed. The
 * field is optional and never blocks a registration: invalid input is not saved and the message key is
 * left in the session attribute {@value #ERROR_ATTRIBUTE}, which the account's birthday page shows. A
 * store that wants to refuse the registration form instead calls {@code evgBirthdayService.check(...)}
 * before registering.
 */
public class BirthdayRegistrationObserver implements PostRegistrationObserver {

    /** Request parameter names of the registration fragment. */
    public static final String MONTH = "evgBirthdayMonth";
    public static final String DAY = "evgBirthdayDay";
    public static final String YEAR = "evgBirthdayYear";
    /** Session attribute holding the {@link BirthdayException} of a birthday that could not be kept. */
    public static final String ERROR_ATTRIBUTE = "evgBirthdayRegistrationError";

    private static final Log LOG = LogFactory.getLog(BirthdayRegistrationObserver.class);

    private final BirthdayService birthdays;
    private final TransactionTemplate newTransaction;

    public BirthdayRegistrationObserver(BirthdayService birthdays, CustomerService customerService, PlatformTransactionManager txm) {
        this.birthdays = birthdays;
        this.newTransaction = new TransactionTemplate(txm);
        // after the registration's commit its resources are still bound: work there needs a transaction of its own
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        final HttpServletRequest request = currentRequest();
        if (customer == null || customer.getId() == null || request == null) {
            return;
        }
        final String month = request.getParameter(MONTH);
        final String day = request.getParameter(DAY);
        final String year = request.getParameter(YEAR);
        if (blank(month) && blank(day) && blank(year)) {
            return;
        }
        final long customerId = customer.getId();
        try {
            birthdays.check(month, day, year);
        } catch (BirthdayException e) {
            remember(request, e);
            return;
        }
        AfterCommit.run(new Runnable() {
            @Override
            public void run() {
                try {
                    newTransaction.execute(new TransactionCallbackWithoutResult() {
                        @Override
                        protected void doInTransactionWithoutResult(TransactionStatus status) {
                            birthdays.saveAtRegistration(customerId, month, day, year);
                        }
                    });
                } catch (BirthdayException e) {
                    remember(request, e);
                } catch (RuntimeException e) {
                    LOG.warn("Could not keep the birthday of new customer " + customerId + ": " + e.getMessage());
                }
            }
        });
    }

    private static void remember(HttpServletRequest request, BirthdayException e) {
        try {
            HttpSession session = request.getSession(true);
            session.setAttribute(ERROR_ATTRIBUTE, e);
        } catch (IllegalStateException ignored) {
            // response committed: nothing to show
        }
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
        return attrs instanceof ServletRequestAttributes ? ((ServletRequestAttributes) attrs).getRequest() : null;
    }

    private static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }
}
