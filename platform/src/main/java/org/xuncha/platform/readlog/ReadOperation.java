package org.xuncha.platform.readlog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The operation the current request calls, as the OpenAPI document names it (its {@code operationId},
 * {@code readLead}), for the read log. A request filter notes it before the resource method runs;
 * the read log asks for it only when a confidential record is read.
 */
@RequestScoped
public class ReadOperation {

    private static final Map<Method, String> IDS = new ConcurrentHashMap<>();

    private ResourceInfo resource;

    /** The operation's id, or the resource method's name where it declares none; absent outside a request. */
    public String id() {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method == null ? null : IDS.computeIfAbsent(method, ReadOperation::idOf);
    }

    void called(ResourceInfo called) {
        this.resource = called;
    }

    private static String idOf(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation != null && !operation.operationId().isBlank() ? operation.operationId()
                : method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** Notes the resource method of each request; what it costs is a field written. */
    public static class Filter {

        private final ReadOperation current;

        public Filter(ReadOperation current) {
            this.current = current;
        }

        @ServerRequestFilter
        public void note(ResourceInfo resource) {
            current.called(resource); // through the request-scoped proxy, so on this request's instance
        }
    }
}
