package org.evergreenloyalty.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;

import org.evergreenloyalty.test.CoreTestContext;
import org.evergreenloyalty.test.TestIds;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Random sequences of earn / mature / redeem / reverse / expire / adjust / repeated events against the real
 * ledger on the real database: after every step the balances equal the sums of the entries, the lots hold
 * the positive available balance, spending never overdraws, and repeats are never recorded twice.
 */
@Tag("core")
class LedgerPropertiesTest {

    enum Kind { EARN_PENDING, MATURE, BONUS, REDEEM, REVERSE_SPENT, EXPIRE_OLDEST, ADJUST, REPEAT }

    static final class Op {
        final Kind kind;
        final int points;

        Op(Kind kind, int points) {
            this.kind = kind;
            this.points = points;
        }

        @Override
        public String toString() {
            return kind + "(" + points + ")";
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(1, 400))
                .as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 60)
    void everySequenceKeepsTheLedgerInvariants(@ForAll("operations") List<Op> ops) {
        ApplicationContext ctx = CoreTestContext.get();
        LedgerService ledger = ctx.getBean("evgLedgerService", LedgerService.class);
        org.evergreenloyalty.support.Clock clock = ctx.getBean("evgClock", org.evergreenloyalty.support.Clock.class);
        PlatformTransactionManager txm = ctx.getBean("blTransactionManager", PlatformTransactionManager.class);
        final EntityManager em = SharedEntityManagerCreator.createSharedEntityManager(
                ctx.getBean("entityManagerFactory", javax.persistence.EntityManagerFactory.class));
        final long c = TestIds.customerId();

        long available = 0;
        long pending = 0;
        long earned = 0;
        List<String> keys = new ArrayList<String>();
        List<Long> pendingBatches = new ArrayList<Long>();

        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            String key = "prop:" + c + ":" + i;
            long entriesBefore = ledger.historySize(c);
            switch (op.kind) {
                case EARN_PENDING:
                    ledger.post(Posting.builder(c, EntryType.EARN, key).pending(op.points).earned(op.points).build());
                    pending += op.points;
                    earned += op.points;
                    pendingBatches.add((long) op.points);
                    keys.add(key);
                    break;
                case MATURE:
                    if (pendingBatches.isEmpty()) {
                        continue;
                    }
                    long batch = pendingBatches.remove(0);
                    ledger.post(Posting.builder(c, EntryType.MATURE, key).pending(-batch).available(batch).build());
                    pending -= batch;
                    available += batch;
                    keys.add(key);
                    break;
                case BONUS:
                    ledger.post(Posting.builder(c, EntryType.BONUS, key).available(op.points).earned(op.points).build());
                    available += op.points;
                    earned += op.points;
                    keys.add(key);
                    break;
                case REDEEM:
                    try {
                        ledger.post(Posting.builder(c, EntryType.REDEEM, key).available(-op.points).build());
                        assertTrue(available >= op.points, "a redemption beyond the balance must be refused");
                        available -= op.points;
                        keys.add(key);
                    } catch (InsufficientPointsException e) {
                        assertTrue(available < op.points, "refused although " + available + " >= " + op.points);
                        assertEquals(entriesBefore, ledger.historySize(c), "a refused redemption records nothing");
                    }
                    break;
                case REVERSE_SPENT:
                    ledger.post(Posting.builder(c, EntryType.REVERSE, key).available(-op.points).earned(-op.points)
                            .allowNegative(true).build());
                    available -= op.points;
                    earned -= op.points;
                    keys.add(key);
                    break;
                case EXPIRE_OLDEST:
                    List<PointLot> lots = ledger.openLots(c);
                    if (lots.isEmpty()) {
                        continue;
                    }
                    LedgerEntry expired = ledger.expireLot(lots.get(0).getId(), "property test", clock.now());
                    available += expired.getAvailableDelta();
                    assertEquals(-lots.get(0).getRemainingPoints(), expired.getAvailableDelta());
                    break;
                case ADJUST:
                    long delta = op.points % 2 == 0 ? op.points : -op.points;
                    try {
                        ledger.post(Posting.builder(c, EntryType.ADJUST, key).available(delta).reason("property test")
                                .actor("admin").build());
                        available += delta;
                        keys.add(key);
                    } catch (InsufficientPointsException e) {
                        assertTrue(available + delta < 0);
                    }
                    break;
                case REPEAT:
                    if (keys.isEmpty()) {
                        continue;
                    }
                    String again = keys.get(op.points % keys.size());
                    PostingResult r = ledger.post(Posting.builder(c, EntryType.BONUS, again).available(op.points)
                            .earned(op.points).build());
                    assertFalse(r.isRecorded(), "a repeated event key is never recorded twice");
                    assertEquals(entriesBefore, ledger.historySize(c));
                    break;
                default:
                    throw new IllegalStateException();
            }
            AccountBalance b = ledger.balance(c);
            assertEquals(available, b.getAvailable(), "available after " + op);
            assertEquals(pending, b.getPending(), "pending after " + op);
            assertEquals(earned, b.getLifetimeEarned(), "earned after " + op);
            new TransactionTemplate(txm).execute(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    LedgerInvariants.check(em, c);
                    return null;
                }
            });
        }
    }
}
