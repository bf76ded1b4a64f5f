package uk.frontdoor.benchmark;

import uk.frontdoor.support.Http;

/** A reply the benchmark cannot go on without: anything but a 2xx stops the operation as an error. */
final class Replies {

  private Replies() {
  }

  static Http.Reply ok(Http.Reply reply) {
    if (reply.status() / 100 != 2) {
      String body = reply.body();
      throw new IllegalStateException(reply.status() + " " + (body.length() > 300 ? body.substring(0, 300) : body));
    }
    return reply;
  }
}
