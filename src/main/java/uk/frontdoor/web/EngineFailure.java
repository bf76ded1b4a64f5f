package uk.frontdoor.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What a failure means to the person who met it, wherever it surfaced (the Front Door API, the
 * child's record pages, Camunda's REST API for Tasklist and Cockpit): a conflict with someone
 * working at the same moment, something that does not exist, or the database out of reach. One
 * reading for every door, so the same event never answers 409 at one and 500 at another.
 */
record EngineFailure(int status, String type, String message) {

  /** How long to wait before trying again when the database is out of reach, in seconds. */
  static final int RETRY_AFTER_SECONDS = 30;

  static final String CLAIMED = "Someone else has just taken this task. Choose another task, "
      + "or ask them to hand it back.";
  static final String CHANGED = "Someone else changed this at the same moment. Reload the page "
      + "and try again.";
  static final String COMPLETED_MEANWHILE = "This task was completed by someone else meanwhile: "
      + "the journey has moved on. Reload the task list.";
  static final String NOT_FOUND = "There is no such task or case: it may have been completed. "
      + "Reload the page.";
  static final String UNAVAILABLE = "The service cannot reach its database just now. Nothing was "
      + "saved: try again in a minute.";

  boolean unavailable() {
    return status == 503;
  }

  /** The meaning of a failure, when it is one of those a person can meet; empty otherwise. */
  static Optional<EngineFailure> of(Throwable failure) {
    if (databaseUnreachable(failure)) {
      return Optional.of(new EngineFailure(503, "DatabaseUnavailable", UNAVAILABLE));
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TaskAlreadyClaimedException) {
        return Optional.of(new EngineFailure(409, t.getClass().getSimpleName(), CLAIMED));
      }
      if (t instanceof OptimisticLockingException) {
        return Optional.of(new EngineFailure(409, t.getClass().getSimpleName(), CHANGED));
      }
      // the engine says "Cannot find task with id ..." with a null-value exception
      if (t instanceof NotFoundException
          || t instanceof NullValueException && String.valueOf(t.getMessage()).startsWith("Cannot find")) {
        return Optional.of(new EngineFailure(404, "InvalidRequestException", NOT_FOUND));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the database could not be reached at all (no connection, connection lost), also when
   * the connection dropped mid-transaction and even the rollback failed: the transaction did not
   * commit, so the client may send the same request again.
   */
  static boolean databaseUnreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TransactionSystemException || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
          || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }
}
