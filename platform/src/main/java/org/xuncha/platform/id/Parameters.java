package org.xuncha.platform.id;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.xuncha.platform.json.StrictJson;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.problem.FieldError;
import org.xuncha.platform.problem.InvalidInput;

/**
 * The one place that reads path ids and query parameters, for every resource of both services,
 * before the resource method is called: a value that is not of the parameter's type (an id that is
 * not a UUID, {@code limit=abc}, an enum constant that does not exist, a date that is not one) is a
 * 400 problem naming the parameter, where JAX-RS would answer 404 (or let it reach the database).
 * Text parameters refuse control characters (PostgreSQL refuses NUL), and a {@code cursor} longer
 * than any page hands out is refused here; its keys are read by {@link Cursor}. Ranges
 * ({@code @Min}/{@code @Max} on {@code limit}) stay with Bean Validation, which the OpenAPI
 * document shows.
 */
public class Parameters {

    private static final Map<Method, List<Check>> CHECKS = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<Check> checks = CHECKS.computeIfAbsent(method, Parameters::checksOf);
        if (checks.isEmpty()) {
            return;
        }
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters(true);
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        List<FieldError> errors = new ArrayList<>();
        for (Check check : checks) {
            List<String> values = check.inPath() ? path.get(check.name()) : query.get(check.name());
            if (values == null) {
                continue;
            }
            for (String value : values) {
                String problem = problemWith(check.type(), check.name(), value);
                if (problem != null) {
                    errors.add(new FieldError(check.name(), problem));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** What is wrong with {@code value} as a parameter of {@code type}, or null when nothing is. */
    static String problemWith(Class<?> type, String name, String value) {
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "must not contain control characters";
        }
        if (type == String.class) {
            return "cursor".equals(name) && value.length() > Cursor.MAX_LENGTH ? "is not a cursor of this list" : null;
        }
        if (type == UUID.class) {
            return isId(value) ? null : "is not an id (a UUID such as 0193a3c4-1f0e-7d22-a1f4-32e5b7c0d9a1)";
        }
        if (type == int.class || type == Integer.class) {
            return parses(() -> Integer.parseInt(value)) ? null : "must be a whole number";
        }
        if (type == long.class || type == Long.class) {
            return parses(() -> Long.parseLong(value)) ? null : "must be a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true".equals(value) || "false".equals(value) ? null : "must be true or false";
        }
        if (type == LocalDate.class) {
            return parses(() -> LocalDate.parse(value)) && StrictJson.saneYear(LocalDate.parse(value).getYear()) ? null
                    : "must be a date (YYYY-MM-DD) in the years " + StrictJson.FIRST_YEAR + " to " + StrictJson.LAST_YEAR;
        }
        if (type.isEnum()) {
            boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(constant -> constant.toString().equals(value));
            return known ? null : "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return null;
    }

    /** A UUID in its canonical 8-4-4-4-12 form; {@link UUID#fromString} alone also takes {@code 1-1-1-1-1}. */
    public static boolean isId(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (NumberFormatException | DateTimeParseException wrong) {
            return false;
        }
    }

    private static List<Check> checksOf(Method method) {
        List<Check> checks = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            PathParam inPath = parameter.getAnnotation(PathParam.class);
            QueryParam inQuery = parameter.getAnnotation(QueryParam.class);
            if (inPath != null) {
                checks.add(new Check(inPath.value(), true, parameter.getType()));
            } else if (inQuery != null) {
                checks.add(new Check(inQuery.value(), false, parameter.getType()));
            }
        }
        return List.copyOf(checks);
    }

    private record Check(String name, boolean inPath, Class<?> type) {
    }
}
