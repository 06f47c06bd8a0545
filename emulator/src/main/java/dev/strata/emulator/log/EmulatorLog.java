package dev.strata.emulator.log;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Per-subsystem log switches: each topic is off until switched on, and a topic that is off costs one field read
 * where its events happen (never per instruction). Lines go to one sink, e.g. {@code System.err::println}.
 */
public final class EmulatorLog {
    /** What can be logged. */
    public enum Topic {
        /** Every exception and software interrupt the CPU delivers or fails to deliver. */
        INTERRUPTS,
        /** I/O-port accesses nothing claims (they read all ones and are otherwise ignored). */
        UNCLAIMED_PORTS,
        /** Page-table walks (TLB misses) and page faults. */
        PAGING
    }

    private volatile Set<Topic> topics = EnumSet.noneOf(Topic.class);
    private volatile Consumer<String> sink = line -> { };

    /** Logs {@code topics} to {@code sink}; an empty set switches logging off. */
    public void configure(Consumer<String> sink, Set<Topic> topics) {
        this.sink = sink;
        this.topics = topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics);
    }

    public boolean on(Topic topic) {
        return topics.contains(topic);
    }

    /** Writes "[topic] line" when the topic is on. */
    public void write(Topic topic, String line) {
        if (on(topic)) {
            sink.accept("[" + topic.name().toLowerCase() + "] " + line);
        }
    }
}
