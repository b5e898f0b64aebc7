package io.tempora.contracts;

/** The headers of every dead letter, which the services write and a re-drive reads. */
public final class DeadLetterHeaders {

    /** The topic the record came from, where a re-drive sends it back. */
    public static final String SOURCE_TOPIC = "tempora-source-topic";
    /** Why it kept failing. */
    public static final String ERROR = "tempora-error";
    /** Which consumer gave up on it. */
    public static final String CONSUMER = "tempora-consumer";

    private DeadLetterHeaders() {
    }
}
