package uk.frontdoor.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals an operation of the API can answer, each documented as problem details
 * ({@code application/problem+json}, schema {@code Problem}) by {@link ApiContract}. 401 is added to
 * every operation, since every one asks who is calling. An {@code @ApiResponse} of the same status
 * on the method keeps its own description.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ProblemResponses {

  int BAD_REQUEST = 400;
  int FORBIDDEN = 403;
  int NOT_FOUND = 404;
  int CONFLICT = 409;
  int UNAVAILABLE = 503;

  /** Statuses besides 401, e.g. {@code {BAD_REQUEST, FORBIDDEN}}. */
  int[] value();
}
