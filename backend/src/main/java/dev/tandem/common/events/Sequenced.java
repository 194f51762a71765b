package dev.tandem.common.events;

/** A stored change with its place in its change log: the log's order is commit order. */
public interface Sequenced {

    long seq();
}
