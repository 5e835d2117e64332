package org.xuncha.platform.idempotency;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.xuncha.platform.problem.Problem;

/**
 * How the interceptor answers without running the operation, whatever the operation's Java return
 * type: it throws, and these map the throw to the answer. A replay is the stored first answer; a
 * key reused for another request is a 422 problem ({@code urn:xuncha:problem:idempotency-key-reused}).
 */
public class IdempotencyRefusals {

    /** The first answer under the key, given again. */
    static final class Replay extends RuntimeException {

        private final transient StoredAnswer answer;

        Replay(StoredAnswer answer) {
            super("replay", null, false, false);
            this.answer = answer;
        }
    }

    /** The key was used before, within its retention, for a different request. */
    static final class KeyReused extends RuntimeException {

        KeyReused(String detail) {
            super(detail, null, false, false);
        }
    }

    @ServerExceptionMapper
    public Response replay(Replay replay) {
        return replay.answer.replay();
    }

    @ServerExceptionMapper
    public Response reused(KeyReused reused, UriInfo uri) {
        Problem problem = Problem.of("idempotency-key-reused", "Unprocessable Content", 422, reused.getMessage(),
                org.xuncha.platform.problem.ProblemMappers.instance(uri));
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
