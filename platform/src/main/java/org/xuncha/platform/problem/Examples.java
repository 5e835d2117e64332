package org.xuncha.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every schema and every operation's request and JSON answer an example, composed from the
 * examples the records declare on their fields ({@code @Schema(example = ...)}); an enumeration's
 * example is its first value. A front-end team sees a whole answer beside each operation, and the
 * examples stay true because they are built from the same declarations as the schemas.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = Integer.MIN_VALUE)
public class Examples implements OASFilter {

    private static final String REF = "#/components/schemas/";
    private static final int DEPTH = 4;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (Schema schema : schemas.values()) {
            if (!hasExample(schema)) {
                Object example = compose(schema, schemas, 0);
                if (example != null) {
                    schema.setExamples(List.of(example));
                }
            }
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    exemplify(operation.getRequestBody().getContent(), schemas);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach((code, response) -> {
                        if (code.startsWith("2")) {
                            exemplify(response.getContent(), schemas);
                        }
                    });
                }
            }
        }
    }

    private static void exemplify(Content content, Map<String, Schema> schemas) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> entry : content.getMediaTypes().entrySet()) {
            MediaType mediaType = entry.getValue();
            if (entry.getKey().contains("json") && mediaType.getExample() == null
                    && (mediaType.getExamples() == null || mediaType.getExamples().isEmpty())
                    && mediaType.getSchema() != null) {
                Object example = compose(mediaType.getSchema(), schemas, 0);
                if (example != null) {
                    mediaType.setExample(example);
                }
            }
        }
    }

    private static boolean hasExample(Schema schema) {
        return schema.getExample() != null || (schema.getExamples() != null && !schema.getExamples().isEmpty());
    }

    static Object compose(Schema schema, Map<String, Schema> schemas, int depth) {
        if (schema == null || depth > DEPTH) {
            return null;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(REF)) {
            return compose(schemas.get(schema.getRef().substring(REF.length())), schemas, depth + 1);
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return firstComposed(schema.getAllOf(), schemas, depth);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return firstComposed(schema.getOneOf(), schemas, depth);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return firstComposed(schema.getAnyOf(), schemas, depth);
        }
        if (schema.getItems() != null) {
            Object item = compose(schema.getItems(), schemas, depth + 1);
            return item == null ? List.of() : new ArrayList<>(List.of(item));
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                Object value = compose(property, schemas, depth + 1);
                if (value != null) {
                    object.put(name, value);
                }
            });
            return object.isEmpty() ? null : object;
        }
        return null;
    }

    private static Object firstComposed(List<Schema> choices, Map<String, Schema> schemas, int depth) {
        for (Schema choice : choices) {
            Object example = compose(choice, schemas, depth + 1);
            if (example != null) {
                return example;
            }
        }
        return null;
    }
}
