package org.evergreenloyalty.integrity;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One run of the integrity check: when, who started it, how much it checked, how many findings of each group
 * it made and what became of the e-mail to the store's loyalty contact. Its findings are
 * {@link IntegrityFinding} rows (at most {@code evergreen.integrity.maxStoredFindings}; the counts are complete).
 */
@Entity
@Table(name = "EVG_INTEGRITY_RUN")
public class IntegrityRun {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgIntegrityRunId")
    @TableGenerator(name = "EvgIntegrityRunId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "IntegrityRun", allocationSize = 1)
    @Column(name = "RUN_ID")
    private Long id;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "STARTED_AT", nullable = false)
    private Date startedAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FINISHED_AT", nullable = false)
    private Date finishedAt;
    @Column(name = "TRIGGERED_BY", nullable = false, length = 120)
    private String triggeredBy;
    @Column(name = "ORDERS_CHECKED", nullable = false)
    private long ordersChecked;
    @Column(name = "REDEEMS_CHECKED", nullable = false)
    private long redeemsChecked;
    @Column(name = "ACCOUNTS_CHECKED", nullable = false)
    private long accountsChecked;
    @Column(name = "ORDER_FINDINGS", nullable = false)
    private long orderFindings;
    @Column(name = "REDEEM_FINDINGS", nullable = false)
    private long redeemFindings;
    @Column(name = "BALANCE_FINDINGS", nullable = false)
    private long balanceFindings;
    @Column(name = "STORED_FINDINGS", nullable = false)
    private long storedFindings;
    @Column(name = "MAIL_STATUS", length = 20)
    private String mailStatus;

    protected IntegrityRun() {
    }

    IntegrityRun(IntegrityReport report, String triggeredBy, long stored) {
        this.startedAt = new Date(report.getStartedAt().getTime());
        this.finishedAt = new Date(report.getFinishedAt().getTime());
        this.triggeredBy = triggeredBy;
        this.ordersChecked = report.getOrdersChecked();
        this.redeemsChecked = report.getRedeemsChecked();
        this.accountsChecked = report.getAccountsChecked();
        this.orderFindings = report.count(FindingGroup.ORDER_DISCOUNT);
        this.redeemFindings = report.count(FindingGroup.ORPHAN_REDEEM);
        this.balanceFindings = report.count(FindingGroup.ACCOUNT_BALANCE);
        this.storedFindings = stored;
    }

    void mailed(MailStatus status) {
        this.mailStatus = status.name();
    }

    public Long getId() { return id; }
    public Date getStartedAt() { return new Date(startedAt.getTime()); }
    public Date getFinishedAt() { return new Date(finishedAt.getTime()); }
    /** "scheduler" for the nightly job, else the admin user who ran it. */
    public String getTriggeredBy() { return triggeredBy; }
    /** Placed orders with a module discount that were checked. */
    public long getOrdersChecked() { return ordersChecked; }
    /** REDEEM entries of orders that were checked. */
    public long getRedeemsChecked() { return redeemsChecked; }
    public long getAccountsChecked() { return accountsChecked; }
    /** Orders whose points discount or voucher has no matching REDEEM. */
    public long getOrderFindings() { return orderFindings; }
    /** REDEEM entries without an order or without a points discount on it. */
    public long getRedeemFindings() { return redeemFindings; }
    /** Account balances that differ from the sum of their entries. */
    public long getBalanceFindings() { return balanceFindings; }
    public long getFindingCount() { return orderFindings + redeemFindings + balanceFindings; }
    /** How many of the findings were stored (the rest are only counted). */
    public long getStoredFindings() { return storedFindings; }
    /** What became of the e-mail to the loyalty contact, or null before it was decided. */
    public MailStatus getMailStatus() { return mailStatus == null ? null : MailStatus.valueOf(mailStatus); }

    /** What became of a run's e-mail to the store's loyalty contact. */
    public enum MailStatus {
        /** Sent. */
        SENT,
        /** Nothing found, nothing to say. */
        NOTHING_FOUND,
        /** No contact address configured ({@code evergreen.integrity.contactEmail}). */
        NO_CONTACT,
        /** E-mail is switched off ({@code evergreen.mail.enabled=false}). */
        MAIL_DISABLED,
        /** The mail server or the template failed (logged). */
        FAILED
    }
}
