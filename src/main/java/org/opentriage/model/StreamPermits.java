package org.opentriage.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How many model streams may run at once: a call that finds none free waits, in arrival order,
 * until a running one ends. Waiting takes no thread. Held by one replica for all its event loops.
 */
final class StreamPermits {

    /** A call waiting for its turn. */
    interface Waiter {
        /** The permit is now the waiter's; it must {@link #release()} it when its call ends. */
        void granted();
    }

    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private int free;

    StreamPermits(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("at least one model stream must be allowed, got " + max);
        }
        this.free = max;
    }

    /** Grants a permit now, or once one is released. */
    void acquire(Waiter waiter) {
        synchronized (this) {
            if (free == 0) {
                waiting.add(waiter);
                return;
            }
            free--;
        }
        waiter.granted();
    }

    /** Takes a waiter out of the queue; false when it was not waiting (it holds a permit, or is being given one). */
    synchronized boolean withdraw(Waiter waiter) {
        return waiting.remove(waiter);
    }

    /** Gives a permit back: to the longest waiter, if any. */
    void release() {
        Waiter next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                free++;
                return;
            }
        }
        next.granted();
    }

    synchronized int waiting() {
        return waiting.size();
    }
}
