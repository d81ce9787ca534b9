package org.evergreenloyalty.scheduling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The {@link LoyaltyJob}s of this node, by name, and the one place that runs them: a job runs at most
 * once at a time on this node, whether the scheduler fired it or someone asked for it.
 * <p>
 * In a Spring context the registry collects every bean of type {@link LoyaltyJob} on first use; plain
 * code hands it the jobs directly.
 */
public class LoyaltyJobRegistry implements BeanFactoryAware {

    private static final Log LOG = LogFactory.getLog(LoyaltyJobRegistry.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private ListableBeanFactory beanFactory;
    private Map<String, LoyaltyJob> jobs;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<String, ReentrantLock>();

    /** A registry that collects the job beans of its Spring context. */
    public LoyaltyJobRegistry() {
    }

    /** A registry of exactly {@code jobs}. */
    public LoyaltyJobRegistry(Collection<? extends LoyaltyJob> jobs) {
        this.jobs = index(jobs);
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        if (beanFactory instanceof ListableBeanFactory) {
            this.beanFactory = (ListableBeanFactory) beanFactory;
        }
    }

    /** The names of all jobs, sorted. */
    public synchronized Collection<String> getNames() {
        return Collections.unmodifiableCollection(new ArrayList<String>(jobs().keySet()));
    }

    /** The job named {@code name}. */
    public synchronized LoyaltyJob get(String name) {
        LoyaltyJob job = jobs().get(name);
        if (job == null) {
            throw new UnknownJobException(name, jobs().keySet());
        }
        return job;
    }

    /** The jobs, sorted by name. */
    public synchronized Collection<LoyaltyJob> getAll() {
        return Collections.unmodifiableCollection(new ArrayList<LoyaltyJob>(jobs().values()));
    }

    /**
     * Runs the job named {@code name} in the calling thread.
     *
     * @throws UnknownJobException if there is no such job
     * @throws JobAlreadyRunningException if it is running on this node right now
     * @throws JobFailedException if the job threw a checked exception (unchecked ones pass through)
     */
    public void run(String name) {
        LoyaltyJob job = get(name);
        ReentrantLock lock = lockOf(name);
        if (!lock.tryLock()) {
            throw new JobAlreadyRunningException(name);
        }
        long started = System.currentTimeMillis();
        try {
            job.run();
            if (LOG.isDebugEnabled()) {
                LOG.debug("Loyalty job " + name + " finished in " + (System.currentTimeMillis() - started) + " ms");
            }
        } catch (RuntimeException e) {
            LOG.error("Loyalty job " + name + " failed", e);
            throw e;
        } catch (Exception e) {
            LOG.error("Loyalty job " + name + " failed", e);
            throw new JobFailedException(name, e);
        } finally {
            lock.unlock();
        }
    }

    /** Whether the job named {@code name} is running on this node right now. */
    public boolean isRunning(String name) {
        ReentrantLock lock = locks.get(name);
        return lock != null && lock.isLocked();
    }

    private ReentrantLock lockOf(String name) {
        ReentrantLock lock = locks.get(name);
        if (lock == null) {
            synchronized (locks) {
                lock = locks.get(name);
                if (lock == null) {
                    lock = new ReentrantLock();
                    locks.put(name, lock);
                }
            }
        }
        return lock;
    }

    private Map<String, LoyaltyJob> jobs() {
        if (jobs == null) {
            if (beanFactory == null) {
                throw new IllegalStateException("LoyaltyJobRegistry has neither jobs nor a bean factory to find them in");
            }
            jobs = index(beanFactory.getBeansOfType(LoyaltyJob.class, false, true).values());
        }
        return jobs;
    }

    private static Map<String, LoyaltyJob> index(Collection<? extends LoyaltyJob> list) {
        Map<String, LoyaltyJob> byName = new TreeMap<String, LoyaltyJob>();
        for (LoyaltyJob job : list) {
            String name = job.getName();
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalStateException("Loyalty job " + job.getClass().getName() + " has an invalid name '" + name
                        + "': use 1-80 lower-case letters, digits and dashes");
            }
            LoyaltyJob other = byName.put(name, job);
            if (other != null) {
                throw new IllegalStateException("Two loyalty jobs are named '" + name + "': "
                        + other.getClass().getName() + " and " + job.getClass().getName());
            }
        }
        return byName;
    }
}
