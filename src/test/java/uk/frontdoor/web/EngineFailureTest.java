package uk.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/** The database out of reach is a 503 with Retry-After on both kinds of door; conflicts are 409. */
class EngineFailureTest {

  private static ProcessEngineException engineLostItsDatabase() {
    return new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation",
        new PersistenceException(new SQLTransientConnectionException("Connection is not available, request timed out")));
  }

  @Test
  void camundaRestAnswers503WithRetryAfterWhenTheDatabaseIsOutOfReach() {
    Response answer = EngineRestErrors.toResponse(engineLostItsDatabase(), null);

    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat(answer.getHeaderString("Retry-After")).isEqualTo("30");
    assertThat(answer.getEntity().toString()).contains("\"type\":\"DatabaseUnavailable\"")
        .contains(EngineFailure.UNAVAILABLE);
  }

  @Test
  void theApiAnswers503WithRetryAfterWhenTheDatabaseIsOutOfReach() {
    ApiExceptionHandler handler = new ApiExceptionHandler();
    for (RuntimeException outage : new RuntimeException[] {engineLostItsDatabase(),
        new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
            new SQLException("Connection refused", "08001"))}) {
      ResponseEntity<ProblemDetail> answer = handler.engineOrDatabase(outage);
      assertThat(answer.getStatusCode().value()).isEqualTo(503);
      assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
    }
  }

  @Test
  void conflictsAre409AndOtherFailuresAreNotDisguised() {
    assertThat(EngineFailure.of(new TaskAlreadyClaimedException("t", "someone"))).get()
        .extracting(EngineFailure::status, EngineFailure::message).containsExactly(409, EngineFailure.CLAIMED);
    assertThat(EngineFailure.of(new ProcessEngineException("wrapped", new OptimisticLockingException("v"))))
        .get().extracting(EngineFailure::status).isEqualTo(409);
    assertThat(EngineFailure.of(new ProcessEngineException("a bug of ours"))).isEmpty();
    assertThat(EngineRestErrors.toResponse(new IllegalStateException("a bug of ours"), null).getStatus()).isEqualTo(500);
  }
}
