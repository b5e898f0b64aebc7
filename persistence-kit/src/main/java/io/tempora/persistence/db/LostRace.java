package io.tempora.persistence.db;

/**
 * A transaction lost an optimistic race: a version it read changed before it could write. Running
 * the transaction again (see {@link RaceRetry}) reads the winner's result and decides anew.
 */
public final class LostRace extends RuntimeException {

    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";

    public LostRace(String message) {
        super(message, null, false, false);
    }

    /** True for a lost version check and for what PostgreSQL reports when it picks a loser itself. */
    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LostRace) {
                return true;
            }
            String sqlState = SqlState.of(cause);
            if (SERIALIZATION_FAILURE.equals(sqlState) || DEADLOCK_DETECTED.equals(sqlState)) {
                return true;
            }
        }
        return false;
    }
}
