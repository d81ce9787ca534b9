package org.evergreenloyalty.privacy;

/**
 * A customer's personal data in the module (bean {@code evgPrivacyService}): the export of every section of the
 * {@link PersonalDataCatalog}, and the erasure that anonymises it while the points ledger stays as it is. An
 * erasure is recorded once per customer; asking again changes nothing.
 */
public interface PrivacyService {

    /** The customer's data; a {@link PrivacyException} when the store and the module know no such customer. */
    PersonalDataExport export(long customerId);

    /**
     * Erases the customer's personal data, recorded with {@code actor} and {@code reason} (required); when the
     * customer was erased before, returns that record and changes nothing. A {@link PrivacyException} for an
     * unknown customer or a blank reason.
     */
    ErasureResult erase(long customerId, String actor, String reason);

    /** The customer's erasure record, or null when not erased. */
    ErasureRecord erasure(long customerId);

    /**
     * Erases the customers the store deactivated or deleted that are not erased yet (the {@code privacy-erasure}
     * job); the number erased. Does nothing when {@code evergreen.privacy.eraseOnDeactivation} is off.
     */
    int eraseClosedCustomers();

    /** Whether erasure follows the store's deactivation and deletion of customers. */
    boolean isEraseOnDeactivation();
}
