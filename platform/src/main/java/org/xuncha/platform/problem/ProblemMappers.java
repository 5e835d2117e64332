package org.xuncha.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.xuncha.platform.json.RefusedValue;
import org.xuncha.platform.operations.TransientFailures;

/**
 * Turns every refusal into problem JSON, each exception type mapped once. Nothing here echoes an
 * exception's class or stack: unexpected errors are logged with an id the problem repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(DomainException refusal, UriInfo uri) {
        int status = statusOf(refusal);
        Problem problem = Problem.of(refusal.slug(), Response.Status.fromStatusCode(status).getReasonPhrase(),
                        status, refusal.getMessage(), instance(uri))
                .withExtensions(refusal.extensions());
        if (refusal instanceof InvalidInput invalid) {
            problem = problem.withErrors(invalid.errors());
        }
        return respond(problem);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException violations, UriInfo uri) {
        List<FieldError> errors = violations.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return domain(new InvalidInput(errors), uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response json(JsonProcessingException unreadable, UriInfo uri) {
        if (unreadable instanceof RefusedValue refused) {
            return domain(InvalidInput.of(pathOf(refused), refused.reason()), uri);
        }
        if (unreadable instanceof UnrecognizedPropertyException unknown) {
            return domain(InvalidInput.of(pathOf(unknown), "is not a field of this request"), uri);
        }
        if (unreadable instanceof InvalidFormatException wrong) {
            return domain(InvalidInput.of(pathOf(wrong), expectation(wrong.getTargetType())), uri);
        }
        if (unreadable instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            return domain(InvalidInput.of(pathOf(mismatched), expectation(mismatched.getTargetType())), uri);
        }
        String detail = unreadable instanceof JsonParseException malformed
                ? "The request body is not well-formed JSON: " + malformed.getOriginalMessage()
                : String.valueOf(unreadable.getOriginalMessage()).startsWith("Trailing token")
                ? "The request body has something after its JSON value"
                : "The request body does not have the expected shape";
        return respond(Problem.of("malformed-request", "Bad Request", 400, detail, instance(uri)));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(UriInfo uri) {
        return respond(Problem.of("concurrent-change", "Conflict", 409,
                "Someone else changed this at the same moment; read it again and retry", instance(uri)));
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException violated, UriInfo uri) {
        LOG.debugf("Constraint %s refused a write on %s", violated.getConstraintName(), uri.getPath());
        return respond(Problem.of("duplicate", "Conflict", 409,
                "This conflicts with what is already recorded, possibly by a request at the same moment",
                instance(uri)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(UriInfo uri) {
        Problem problem = Problem.of("unauthenticated", "Unauthorized", 401,
                "A valid bearer token is required", instance(uri));
        return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException denied, UriInfo uri) {
        return respond(Problem.of("forbidden", "Forbidden", 403,
                "Your role does not allow this operation", instance(uri)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException failure, UriInfo uri) {
        if (failure.getCause() instanceof JsonProcessingException unreadable) {
            return json(unreadable, uri);
        }
        int status = failure.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(failure, uri);
        }
        Response.StatusType type = failure.getResponse().getStatusInfo();
        return respond(Problem.of("http-" + status, type.getReasonPhrase(), status, failure.getMessage(), instance(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure, UriInfo uri) {
        if (failure instanceof java.io.IOException && isMultipartParser(failure)) {
            return respond(Problem.of("malformed-request", "Bad Request", 400,
                    "The request body is not a well-formed multipart/form-data body", instance(uri)));
        }
        if (TransientFailures.passes(failure)) {
            // the database restarting or busy: nothing was done, and the same request succeeds again shortly
            LOG.warnf("Unavailable on %s: %s", uri.getPath(), failure.getMessage());
            return Response.fromResponse(respond(Problem.of("unavailable", "Service Unavailable", 503,
                            "The database is not reachable at the moment; nothing was changed. Send the request again.",
                            instance(uri))))
                    .header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(Problem.of("internal", "Internal Server Error", 500,
                        "The request could not be completed; the error is logged as " + errorId, instance(uri))
                .withExtensions(java.util.Map.of("errorId", errorId)));
    }

    /** Whether the form parser refused the body (a truncated or malformed multipart body, not a server fault). */
    private static boolean isMultipartParser(Throwable failure) {
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().contains("MultiPartParserDefinition")) {
                return true;
            }
        }
        return false;
    }

    static int statusOf(DomainException refusal) {
        if (refusal instanceof NotFound) {
            return 404;
        } else if (refusal instanceof Conflict) {
            return 409;
        } else if (refusal instanceof InvalidInput) {
            return 400;
        } else if (refusal instanceof Forbidden) {
            return 403;
        } else if (refusal instanceof PreconditionRequired) {
            return 428;
        } else if (refusal instanceof PreconditionFailed) {
            return 412;
        }
        throw new IllegalStateException("Unmapped refusal " + refusal.getClass().getName());
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * The request's path as a relative URI. The decoded path may hold what a URI may not (a space, a
     * quote, a control character a hostile client sent percent-encoded), so every character outside
     * the unreserved set and {@code /} is percent-encoded again: a refusal never fails to be written.
     */
    public static URI instance(UriInfo uri) {
        String path;
        try {
            path = uri.getPath();
        } catch (RuntimeException unreadable) {
            path = "";
        }
        return instanceOf(path);
    }

    /** {@link #instance(UriInfo)} for a decoded path. */
    public static URI instanceOf(String path) {
        if (path == null) {
            path = "";
        }
        StringBuilder safe = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                safe.append((char) c);
            } else {
                safe.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return URI.create(safe.toString());
    }

    /**
     * The field a violation is about, as the caller wrote it: {@code findings[0].categoryCode} for a
     * body property, {@code limit} for a query parameter (the method's name is left out, and so is
     * the body parameter's).
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            String name = node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT
                    ? "" : node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            } else if (node.getKey() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getKey() + "]");
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "" : parameter;
        }
        return String.join(".", names);
    }

    private static String pathOf(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expectation(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "cannot be read as " + (type == null ? "the expected type" : type.getSimpleName());
    }
}
