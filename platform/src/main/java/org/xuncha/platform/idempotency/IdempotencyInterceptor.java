package org.xuncha.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.xuncha.platform.imports.Upload;
import org.xuncha.platform.imports.Uploads;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.security.Caller;

/**
 * {@code Idempotency-Key} on every {@code POST}: a client that retries a request (after a timeout,
 * a lost connection) under the key it sent the first time gets the first answer again, the same
 * status, headers (Location, ETag) and body, and nothing is done twice.
 *
 * <p>With a key, the operation runs in one transaction that this interceptor opens, and which the
 * services' own {@code @Transactional} methods join; the first answer is recorded in it
 * ({@link IdempotencyKeys}) just before it commits. So the answer is stored if and only if what the
 * operation did is: after a crash nothing is half done, and a retry runs afresh. Keys are per
 * caller (the token's subject): two callers' keys never meet.
 *
 * <ul>
 *   <li>the same key with the same request (method, path, query and body) within the retention:
 *       the stored answer, with {@code Idempotent-Replayed: true};</li>
 *   <li>the same key with a different request: 422 {@code idempotency-key-reused};</li>
 *   <li>the same key while its first request still runs: 409 {@code idempotency-key-in-use}
 *       (retry a moment later, and get the first answer);</li>
 *   <li>an operation that refuses: a refusal that rolled back what it did (a 4xx from a domain
 *       rule, a validation error, a 5xx) is not stored, so a retry is decided afresh; an operation
 *       that recorded something before it refused (a receiving body's refused report, recorded for
 *       the office) keeps it, as it would without a key, and its retry is answered by that
 *       domain's own rule (the sender's reference).</li>
 * </ul>
 * Without the header a request runs as it always did.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    private static final Logger LOG = Logger.getLogger(IdempotencyInterceptor.class);

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;

    /** Headers of the first answer that are not kept: the replay writes its own. */
    private static final Set<String> UNKEPT_HEADERS = Set.of("content-type", "content-length", "transfer-encoding",
            "date");

    private static final Set<String> NOT_BODY = Set.of("PathParam", "QueryParam", "HeaderParam", "CookieParam",
            "MatrixParam", "Context", "RestPath", "RestQuery", "RestHeader", "RestCookie", "RestMatrix");

    private final HttpHeaders headers;
    private final UriInfo uri;
    private final Caller caller;
    private final TransactionManager transactions;
    private final EntityManager entityManager;
    private final IdempotencyKeys keys;
    private final ObjectWriter canonical;
    private final ObjectMapper json;

    @jakarta.inject.Inject
    public IdempotencyInterceptor(HttpHeaders headers, UriInfo uri, Caller caller, TransactionManager transactions,
            EntityManager entityManager, IdempotencyKeys keys, ObjectMapper json) {
        this.headers = headers;
        this.uri = uri;
        this.caller = caller;
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.keys = keys;
        this.json = json;
        this.canonical = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    @AroundInvoke
    public Object guard(InvocationContext invocation) throws Exception {
        if (!invocation.getMethod().isAnnotationPresent(POST.class)) {
            return invocation.proceed();
        }
        Optional<String> sent = keyOf(headers.getRequestHeader(HEADER));
        String scope = caller.userId();
        if (sent.isEmpty() || scope == null) {
            return invocation.proceed();
        }
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            LOG.warnf("%s under a transaction already begun; the key is not applied", invocation.getMethod());
            return invocation.proceed();
        }
        String key = sent.get();
        List<InputStream> spooled = new ArrayList<>();
        try {
            return guarded(invocation, scope, key, fingerprint(invocation, spooled));
        } finally {
            for (InputStream body : spooled) {
                body.close();
            }
        }
    }

    private Object guarded(InvocationContext invocation, String scope, String key, String fingerprint) throws Exception {
        transactions.begin();
        Optional<StoredAnswer> first;
        try {
            if (!keys.take(scope, key)) {
                throw new Conflict("idempotency-key-in-use", "A request under Idempotency-Key " + key
                        + " is still running; retry in a moment to get its answer");
            }
            first = keys.find(scope, key);
        } catch (RuntimeException refused) {
            rollback();
            throw refused;
        }
        if (first.isPresent()) {
            rollback();
            if (!first.get().fingerprint().equals(fingerprint)) {
                throw new IdempotencyRefusals.KeyReused("Idempotency-Key " + key + " was used for a different request "
                        + "(another operation, path or body); send a new key for a new request");
            }
            throw new IdempotencyRefusals.Replay(first.get());
        }
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception refused) {
            endAfterRefusal();
            throw refused;
        }
        try {
            if (transactions.getStatus() != Status.STATUS_ACTIVE) {
                rollback();
                return result;
            }
            StoredAnswer answer = answerOf(result, invocation.getMethod(), fingerprint);
            entityManager.flush();
            if (answer.status() < 500) {
                keys.save(scope, key, answer);
            }
            transactions.commit();
        } catch (Exception failed) {
            rollback();
            throw failed;
        }
        keys.purgeIfDue();
        return result;
    }

    /**
     * The key the request sent, if any: 1 to 255 visible ASCII characters, bare or as a structured
     * field string ({@code "…"}, as the IETF draft writes it).
     */
    static Optional<String> keyOf(List<String> values) {
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw InvalidInput.of(HEADER, "must be sent once");
        }
        String key = values.get(0).trim();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw InvalidInput.of(HEADER, "must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, e.g. a UUID");
        }
        return Optional.of(key);
    }

    /**
     * What the request asks for: method, path, query and body; two requests with one fingerprint are the same
     * request. A body read as a stream (an import's file) is digested as it is copied to a temporary file,
     * which the operation then reads instead, and which is deleted once closed ({@code spooled}, closed by
     * the caller when the operation has returned).
     */
    private String fingerprint(InvocationContext invocation, List<InputStream> spooled) throws IOException {
        MessageDigest digest = sha256();
        digest.update(("POST " + uri.getPath() + "\n").getBytes(StandardCharsets.UTF_8));
        new TreeMap<>(uri.getQueryParameters()).forEach((name, values) ->
                digest.update((name + "=" + values + "\n").getBytes(StandardCharsets.UTF_8)));
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        Object[] arguments = invocation.getParameters();
        for (int i = 0; i < arguments.length; i++) {
            if (isBody(annotations[i])) {
                digest.update(("\n#" + i + "\n").getBytes(StandardCharsets.UTF_8));
                if (arguments[i] instanceof InputStream stream) {
                    arguments[i] = digestStream(digest, stream);
                    spooled.add((InputStream) arguments[i]);
                } else {
                    digestBody(digest, arguments[i]);
                }
            }
        }
        if (!spooled.isEmpty()) {
            invocation.setParameters(arguments);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The body spooled as every upload is (bounded the same), digested on the way; deleted once read and closed. */
    private static InputStream digestStream(MessageDigest digest, InputStream stream) {
        try {
            Path file = Uploads.spool(new DigestInputStream(stream, digest), "body", Upload.MAX_BYTES);
            return Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException cut) {
            throw InvalidInput.of("body", "could not be read to its end: " + cut.getMessage());
        }
    }

    private void digestBody(MessageDigest digest, Object body) throws IOException {
        if (body instanceof FileUpload file) {
            digest.update((file.fileName() + "\n" + file.contentType() + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream content = Files.newInputStream(file.uploadedFile())) {
                byte[] buffer = new byte[8192];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    digest.update(buffer, 0, read);
                }
            }
        } else {
            digest.update(canonical.writeValueAsBytes(body));
        }
    }

    private static boolean isBody(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (NOT_BODY.contains(annotation.annotationType().getSimpleName())) {
                return false;
            }
        }
        return true;
    }

    /** The answer the operation gave, as a retry will get it. */
    private StoredAnswer answerOf(Object result, Method method, String fingerprint) throws JsonProcessingException {
        int status;
        MultivaluedMap<String, String> set;
        Object entity;
        MediaType type;
        if (result instanceof Response response) {
            status = response.getStatus();
            set = response.getStringHeaders();
            entity = response.getEntity();
            type = response.getMediaType();
        } else if (result instanceof RestResponse<?> response) {
            status = response.getStatus();
            set = response.getStringHeaders();
            entity = response.getEntity();
            type = response.getMediaType();
        } else {
            ResponseStatus declared = method.getAnnotation(ResponseStatus.class);
            status = declared != null ? declared.value() : result == null ? 204 : 200;
            set = null;
            entity = result;
            type = null;
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        if (set != null) {
            set.forEach((name, values) -> {
                if (!UNKEPT_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    kept.put(name, List.copyOf(values));
                }
            });
        }
        String contentType = type != null ? type.toString() : produced(method);
        byte[] body;
        if (entity == null) {
            body = null;
        } else if (entity instanceof byte[] bytes) {
            body = bytes;
        } else if (entity instanceof String text) {
            body = text.getBytes(StandardCharsets.UTF_8);
        } else {
            body = json.writeValueAsBytes(entity);
        }
        return new StoredAnswer(fingerprint, status, kept, contentType, body);
    }

    private static String produced(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces != null && produces.value().length > 0 ? produces.value()[0] : MediaType.APPLICATION_JSON;
    }

    /**
     * After the operation threw: what it had recorded before it refused stands if nothing rolled it
     * back (as it would without a key, each service committing its own work); otherwise all of it
     * goes. Either way the key is not stored.
     */
    private void endAfterRefusal() throws Exception {
        if (transactions.getStatus() != Status.STATUS_ACTIVE) {
            rollback();
            return;
        }
        try {
            entityManager.flush();
            transactions.commit();
        } catch (Exception notRecorded) {
            rollback();
            throw notRecorded;
        }
    }

    private void rollback() throws SystemException {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transactions.rollback();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", absent);
        }
    }
}
