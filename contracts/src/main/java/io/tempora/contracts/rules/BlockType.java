package io.tempora.contracts.rules;

/** What a block of a weekly schedule means. */
public enum BlockType {
    /** Working hours. */
    AVAILABLE,
    /** A break inside working hours: taken out of them. */
    BREAK
}
